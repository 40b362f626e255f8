namespace Hub.Contracts.Api;

/// <summary>The outcome of one policy rule for the household.</summary>
/// <param name="Rule">The rule id within its policy pack.</param>
/// <param name="Description">What the rule checks, in Chinese, with its threshold spelled out.</param>
/// <param name="Comparison">How <paramref name="Value"/> must relate to <paramref name="Threshold"/> to pass: <c>&lt;</c>
/// (低于, the income test), <c>&lt;=</c>, or <c>=</c>; null for a rule that is not a comparison.</param>
/// <param name="Outcome">One of <see cref="FindingOutcomes"/>.</param>
/// <param name="Sources">The department sources the rule rests on.</param>
/// <param name="Unit">The unit of value and threshold, as the metrics name it (e.g. <c>CNY/month</c>).</param>
/// <param name="Cite">The sentence of the policy document or national regulation the rule applies, quoted with where it
/// stands; null when the rule rests on sample values only.</param>
/// <param name="Reason">Why the outcome is what it is, in Chinese, where a number alone does not say it (always for
/// <see cref="FindingOutcomes.NeedsReview"/>).</param>
public sealed record ReportFinding(
    string Rule,
    string Description,
    decimal? Value,
    decimal? Threshold,
    string? Comparison,
    string Outcome,
    IReadOnlyList<string> Sources,
    string? Unit = null,
    string? Cite = null,
    string? Reason = null);
