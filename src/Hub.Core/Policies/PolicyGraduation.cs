namespace Hub.Core.Policies;

/// <summary>
/// The 渐退期: a working recipient whose per-capita income has risen to between these multiples of the 低保 standard keeps
/// the benefit for a while. No upper multiple: the seed sets no upper bound.
/// </summary>
public sealed record PolicyGraduation(
    PolicyParameter LowerMultiple,
    PolicyParameter? UpperMultiple = null,
    PolicyParameter? MinMonths = null,
    PolicyParameter? MaxMonths = null);
