namespace Hub.Contracts.Api;

/// <summary>The 渐退期 granted to a working recipient whose income has risen into the band (<see cref="Conclusions.Graduating"/>).</summary>
/// <param name="MinMonths">The shortest period the pack allows; null where the policy says only "一定时间".</param>
/// <param name="MaxMonths">The longest period the pack allows.</param>
/// <param name="Reason">Why, in Chinese: the income against the band, and who works.</param>
/// <param name="Cite">The policy sentence that grants it, quoted.</param>
/// <param name="MonthsSample">The months are shipped samples.</param>
public sealed record GraduationDecision(int? MinMonths, int? MaxMonths, string Reason, string? Cite, bool MonthsSample);
