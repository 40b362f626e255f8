namespace Hub.Simulators.MarketRegistration;

/// <summary>
/// One person's role in one market entity, in the registry's own terms: role and status codes of
/// <see cref="RegistryCodes"/>, shareholding in percent, registered capital in 万元 (ten thousand yuan).
/// </summary>
public sealed record RegisteredRole(
    string EnterpriseName, string CreditCode, string EntityType, string RoleCode, decimal? SharePercent, decimal CapitalWan, string StatusCode);
