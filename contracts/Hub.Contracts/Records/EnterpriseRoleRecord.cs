namespace Hub.Contracts.Records;

/// <summary>A member's role in a registered market entity (市场主体登记).</summary>
/// <param name="Role">One of <see cref="EnterpriseRoles"/>.</param>
/// <param name="Share">Shareholding 0–1 for shareholders, otherwise null.</param>
/// <param name="Status">One of <see cref="EnterpriseStatuses"/>.</param>
public sealed record EnterpriseRoleRecord(
    int MemberPosition, string EnterpriseName, string CreditCode, string Role, decimal? Share, decimal RegisteredCapitalCny, string Status);
