namespace Hub.IntegrationTests.Infrastructure;

/// <summary>Tests sharing one production stack; they run one after another and never assume an empty database.</summary>
[CollectionDefinition(Name)]
public sealed class PipelineCollection : ICollectionFixture<ProductionStack>
{
    public const string Name = "pipeline";
}
