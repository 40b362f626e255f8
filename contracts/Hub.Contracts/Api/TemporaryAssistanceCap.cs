namespace Hub.Contracts.Api;

/// <summary>A 临时救助 amount range, in multiples of the monthly urban 低保 standard and in yuan.</summary>
/// <param name="Kind">Which hardship the cap applies to, in Chinese.</param>
public sealed record TemporaryAssistanceCap(string Kind, decimal? MinMultiple, decimal MaxMultiple, decimal? MinAmountCny, decimal MaxAmountCny);
