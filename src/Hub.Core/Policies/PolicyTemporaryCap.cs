namespace Hub.Core.Policies;

/// <summary>A 临时救助 amount range in multiples of the monthly urban 低保 standard, for one kind of hardship.</summary>
public sealed record PolicyTemporaryCap(string Kind, PolicyParameter MaxMultiple, PolicyParameter? MinMultiple = null);
