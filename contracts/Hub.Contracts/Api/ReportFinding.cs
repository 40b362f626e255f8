namespace Hub.Contracts.Api;

/// <summary>The outcome of one policy rule for the household.</summary>
/// <param name="Rule">The rule id within its policy pack.</param>
/// <param name="Description">What the rule checks, in Chinese, with its threshold spelled out.</param>
/// <param name="Comparison">How <paramref name="Value"/> must relate to <paramref name="Threshold"/> to pass, e.g. <c>&lt;=</c>.</param>
/// <param name="Outcome">One of <see cref="FindingOutcomes"/>.</param>
/// <param name="Sources">The department sources the rule rests on.</param>
public sealed record ReportFinding(
    string Rule,
    string Description,
    decimal? Value,
    decimal? Threshold,
    string Comparison,
    string Outcome,
    IReadOnlyList<string> Sources);
