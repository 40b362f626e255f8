namespace Hub.Core.Policies;

/// <summary>The local 低保 standards, yuan per person per month; published yearly, so always operator parameters.</summary>
public sealed record PolicyStandards(PolicyParameter UrbanMonthly, PolicyParameter RuralMonthly);
