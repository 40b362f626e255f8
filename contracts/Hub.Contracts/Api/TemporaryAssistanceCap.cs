namespace Hub.Contracts.Api;

/// <summary>A 临时救助 amount range, in multiples of the monthly urban 低保 standard and in yuan.</summary>
/// <param name="Kind">Which hardship the cap applies to, in Chinese.</param>
/// <param name="CaseByCase">A recorded case-by-case decision (一事一议) may exceed the range: the maximum is the usual
/// ceiling, not a hard one.</param>
/// <param name="CaseByCaseCite">The policy sentence that allows it, quoted; null when that is a sample.</param>
public sealed record TemporaryAssistanceCap(
    string Kind, decimal? MinMultiple, decimal MaxMultiple, decimal? MinAmountCny, decimal MaxAmountCny, bool CaseByCase, string? CaseByCaseCite);
