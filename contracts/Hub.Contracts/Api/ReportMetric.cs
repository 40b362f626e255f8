namespace Hub.Contracts.Api;

/// <summary>One household metric and the department records it rests on.</summary>
/// <param name="Value">Null when a source the metric needs was unavailable or not asked: the report shows no guess.</param>
/// <param name="Sources">The source codes the metric needs, whether or not they answered.</param>
public sealed record ReportMetric(string Name, decimal? Value, string Unit, IReadOnlyList<string> Sources, IReadOnlyList<RecordReference> Basis);
