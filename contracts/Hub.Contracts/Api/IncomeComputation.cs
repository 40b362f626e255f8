namespace Hub.Contracts.Api;

/// <summary>
/// How the monthly income the income rule compares was reached, line by line: gross income of the assessed members by
/// kind, each deduction the pack allows, the net, and the net per person.
/// </summary>
/// <param name="AssessedMembers">Positions of the members whose income is assessed: the household, or the members
/// assessed as single-person households (<paramref name="SeparatedMembers"/>).</param>
/// <param name="GrossMonthlyCny">Null when a source of income did not answer.</param>
/// <param name="NetMonthlyCny">Gross less the deductions, never below zero.</param>
/// <param name="NetMonthlyPerCapitaCny">The figure the income rule compares; with separated members, the highest of
/// their own (each of them is a household of one).</param>
public sealed record IncomeComputation(
    IReadOnlyList<int> AssessedMembers,
    IReadOnlyList<IncomeLine> Gross,
    decimal? GrossMonthlyCny,
    IReadOnlyList<IncomeDeduction> Deductions,
    decimal? NetMonthlyCny,
    decimal? NetMonthlyPerCapitaCny,
    IReadOnlyList<SeparatedMember> SeparatedMembers);
