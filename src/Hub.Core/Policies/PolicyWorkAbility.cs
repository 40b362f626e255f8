namespace Hub.Core.Policies;

/// <summary>Who counts as able to work (有劳动能力): the ages between minors and the elderly, without a severe disability.</summary>
/// <param name="MinorUnder">Younger members are minors (未成年人): all seeds but 菏泽's raise the 特困 age from 16 to 18.</param>
/// <param name="WorkingUntil">From this age a member is elderly and counts as unable to work.</param>
/// <param name="SevereDisabilityMaxGrade">Disability grades up to this one (1 is the most severe) are severe (重度残疾).</param>
public sealed record PolicyWorkAbility(PolicyParameter MinorUnder, PolicyParameter WorkingUntil, PolicyParameter SevereDisabilityMaxGrade);
