using Hub.Adapters.Sdk;
using Hub.Adapters.Tax;

namespace Hub.Workers.Messaging;

/// <summary>Every department adapter this build contains.</summary>
public static class AdapterCatalog
{
    public static readonly IReadOnlyList<AdapterModule> All = [AdapterModule.For<TaxAdapter>()];
}
