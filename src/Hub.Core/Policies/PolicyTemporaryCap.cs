namespace Hub.Core.Policies;

/// <summary>
/// A 临时救助 amount range in multiples of the monthly urban 低保 standard, for one kind of hardship. The maximum is the
/// usual ceiling; the pack's <see cref="PolicyPack.CaseByCase"/> says whether a recorded decision may exceed it.
/// </summary>
public sealed record PolicyTemporaryCap(string Kind, PolicyParameter MaxMultiple, PolicyParameter? MinMultiple = null);
