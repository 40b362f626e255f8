using Hub.Contracts.Api;

namespace Hub.Core.Policies;

/// <summary>What the report carries from a policy: the findings, the conclusion and the policy figures used.</summary>
/// <param name="Conclusion">One of <see cref="Conclusions"/>.</param>
public sealed record PolicyEvaluation(IReadOnlyList<ReportFinding> Findings, string Conclusion, PolicyApplied Policy);
