namespace Hub.Core.Policies;

/// <summary>The 渐退期: per-capita income between these multiples of the 低保 standard keeps the benefit for a while.</summary>
public sealed record PolicyGraduation(
    PolicyParameter LowerMultiple,
    PolicyParameter? UpperMultiple = null,
    PolicyParameter? MinMonths = null,
    PolicyParameter? MaxMonths = null);
