using Hub.Contracts.Api;

namespace Hub.Core.Policies;

/// <summary>What the report carries from a policy: the income computation, the checked declarations, the findings, the
/// conclusion, the recheck cycle, any 渐退期, and the policy figures used.</summary>
/// <param name="Conclusion">One of <see cref="Conclusions"/>.</param>
public sealed record PolicyEvaluation(
    IncomeComputation Income,
    IReadOnlyList<DeclarationCheck> Declarations,
    IReadOnlyList<ReportFinding> Findings,
    string Conclusion,
    RecheckDecision? Recheck,
    GraduationDecision? Graduation,
    PolicyApplied Policy);
