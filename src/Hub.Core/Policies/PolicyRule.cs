namespace Hub.Core.Policies;

/// <summary>
/// One test of a policy pack. Which parameters apply depends on <see cref="Kind"/> (see <see cref="RuleKinds"/>);
/// <see cref="PolicyValidator"/> rejects a rule with a missing or a foreign one.
/// </summary>
public sealed record PolicyRule(
    string Id,
    string Kind,
    PolicyParameter? Multiplier = null,
    PolicyParameter? UrbanMultiplier = null,
    PolicyParameter? RuralMultiplier = null,
    PolicyParameter? AnnualStandardMultiple = null,
    PolicyParameter? Limit = null);
