namespace Hub.Core.Policies;

/// <summary>
/// 单人户: a severely disabled or seriously ill member of a low-income household, on their own application (the request
/// marks them), is assessed as a household of one.
/// </summary>
/// <param name="HouseholdIncomeMultiple">The household must be low-income (低收入家庭): its gross income per person below
/// the 低保 standard × this multiple.</param>
public sealed record PolicySinglePerson(PolicyParameter HouseholdIncomeMultiple, bool Sample = false, string? Cite = null);
