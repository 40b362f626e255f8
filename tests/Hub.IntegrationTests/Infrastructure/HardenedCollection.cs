namespace Hub.IntegrationTests.Infrastructure;

/// <summary>Tests sharing one <see cref="HardenedStack"/>; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class HardenedCollection : ICollectionFixture<HardenedStack>
{
    public const string Name = "hardened";
}
