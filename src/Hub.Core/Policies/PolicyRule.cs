namespace Hub.Core.Policies;

/// <summary>
/// One test of a policy pack. Which parameters apply depends on <see cref="Kind"/> (see <see cref="RuleKinds"/>);
/// <see cref="PolicyValidator"/> rejects a rule with a missing or a foreign one.
/// </summary>
/// <param name="Cite">The sentence the rule applies, quoted, for rules that are conditions rather than thresholds.</param>
/// <param name="ContributionRate">Employer plus employee housing-fund rate: contribution ÷ rate = the wage it implies.</param>
/// <param name="MinShare">Recorded income below this share of the implied wage is inconsistent.</param>
public sealed record PolicyRule(
    string Id,
    string Kind,
    PolicyParameter? Multiplier = null,
    PolicyParameter? UrbanMultiplier = null,
    PolicyParameter? RuralMultiplier = null,
    PolicyParameter? AnnualStandardMultiple = null,
    PolicyParameter? Limit = null,
    PolicyParameter? ContributionRate = null,
    PolicyParameter? MinShare = null,
    string? Cite = null);
