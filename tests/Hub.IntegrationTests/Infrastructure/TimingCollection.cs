namespace Hub.IntegrationTests.Infrastructure;

/// <summary>
/// Tests that assert on timing (quota pacing, timeouts) run alone, after the parallel ones: on a shared
/// 2-core machine a neighbour's burst could otherwise delay requests inside this one test process.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "timing";
}
