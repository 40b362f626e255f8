namespace Hub.Core.Policies;

/// <summary>
/// The benefit paid, as a multiple of the 低保 standard (特困人员基本生活标准): one multiplier, or one per residence.
/// It is reported as what a granted person receives, never used as an income limit.
/// </summary>
/// <param name="AtLeast">The seed sets a minimum (不低于): the shipped multiplier is that minimum.</param>
public sealed record PolicyBenefitLevel(
    string Label,
    PolicyParameter? Multiplier = null,
    PolicyParameter? UrbanMultiplier = null,
    PolicyParameter? RuralMultiplier = null,
    bool AtLeast = false);
