namespace Hub.Core.Metrics;

/// <summary>What a policy decides about how the metrics are computed.</summary>
/// <param name="CountedIncomeCategories">The <see cref="Contracts.Records.IncomeCategories"/> the policy counts as household income.</param>
public sealed record MetricsSettings(IReadOnlySet<string> CountedIncomeCategories)
{
    /// <summary>The tax adapter always asks for the last twelve full months, so income is averaged over twelve.</summary>
    public int IncomeMonths { get; init; } = 12;

    /// <summary>Transfers out within this many months count as possibly moved-away assets.</summary>
    public int OutflowMonths { get; init; } = 6;
}
