namespace Hub.Core.Policies;

/// <summary>
/// An amount taken off gross income before the income test (<see cref="DeductionKinds"/>). Exactly one of
/// <see cref="Share"/> and <see cref="MonthlyAmount"/>; the provision itself is cited or a sample.
/// </summary>
/// <param name="Share">Of the earnings (就业成本) or of the declared expenses, 0–1.</param>
/// <param name="MonthlyAmount">Yuan per month: per working member (就业成本), or a monthly cap on declared expenses.</param>
/// <param name="RecipientsOnly">Only in a recheck of a current recipient: the seed grants it to 低保对象.</param>
public sealed record PolicyDeduction(
    string Kind,
    PolicyParameter? Share = null,
    PolicyParameter? MonthlyAmount = null,
    bool RecipientsOnly = false,
    bool Sample = false,
    string? Cite = null);
