namespace Hub.Contracts.Api;

/// <summary>
/// The 渐退期 (graduation period) of a 低保 household whose per-capita income has risen: within the income band
/// the benefit continues for a while instead of stopping at once. Nulls are what the policy leaves unstated.
/// </summary>
public sealed record GraduationBand(
    decimal LowerMultiple,
    decimal? UpperMultiple,
    decimal LowerIncomeCny,
    decimal? UpperIncomeCny,
    int? MinMonths,
    int? MaxMonths);
