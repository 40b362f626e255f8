namespace Hub.Contracts.Api;

/// <summary>How often this household is to be re-checked (定期核查) if granted, decided from its records.</summary>
/// <param name="Reason">Why this cycle, in Chinese, naming the records that decided it.</param>
/// <param name="Cite">The policy sentence that sets the cycle, quoted; null when the cycle is a sample.</param>
/// <param name="Sample">The number of months is a shipped sample.</param>
public sealed record RecheckDecision(int Months, string Reason, string? Cite, bool Sample);
