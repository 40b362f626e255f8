namespace Hub.Core.Policies;

/// <summary>How often a granted household is re-checked (定期核查).</summary>
/// <param name="UnstableIncomeMonths">The shorter cycle for households with irregular income and able-bodied members.</param>
public sealed record PolicyRecheck(PolicyParameter Months, PolicyParameter? UnstableIncomeMonths = null);
