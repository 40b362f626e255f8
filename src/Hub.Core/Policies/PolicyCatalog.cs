using Hub.Core.Catalog;

namespace Hub.Core.Policies;

/// <summary>
/// The policy packs in force: the shipped ones (embedded in Hub.Core), each replaced by the operator's file of the
/// same name under <see cref="PolicyOptions.Folder"/>. Loading throws <see cref="PolicyFileException"/> on the first
/// bad file, and when a jurisdiction and assistance type the API accepts (<see cref="HubCatalog.Provides"/>) has no pack,
/// so the host refuses to start.
/// </summary>
public sealed class PolicyCatalog
{
    private const string ResourcePrefix = "Policies/Packs/";

    private readonly IReadOnlyDictionary<string, PolicyPack> packs;

    private PolicyCatalog(IReadOnlyDictionary<string, PolicyPack> packs) => this.packs = packs;

    public IReadOnlyCollection<PolicyPack> Packs => packs.Values.ToList();

    public PolicyPack Get(string jurisdiction, string assistanceType) =>
        packs.TryGetValue($"{jurisdiction}/{assistanceType}", out var pack)
            ? pack
            : throw new KeyNotFoundException($"No policy pack for {jurisdiction}/{assistanceType}.");

    /// <param name="operatorFolder">Null or empty: the shipped packs only.</param>
    public static PolicyCatalog Load(string? operatorFolder = null)
    {
        var packs = new Dictionary<string, PolicyPack>();
        var assembly = typeof(PolicyCatalog).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            Add(packs, PolicyReader.Read(stream, resource), resource[ResourcePrefix.Length..]);
        }
        if (!string.IsNullOrEmpty(operatorFolder)) LoadFolder(packs, operatorFolder);

        foreach (var jurisdiction in HubCatalog.Jurisdictions.Keys)
            foreach (var type in HubCatalog.AssistanceTypes.Where(t => HubCatalog.Provides(jurisdiction, t)))
                if (!packs.ContainsKey($"{jurisdiction}/{type}"))
                    throw new PolicyFileException($"{jurisdiction}/{type}.json", "$", "no policy pack for this jurisdiction and assistance type");
        return new PolicyCatalog(packs);
    }

    private static void LoadFolder(Dictionary<string, PolicyPack> packs, string folder)
    {
        if (!Directory.Exists(folder)) throw new PolicyFileException(folder, "$", "the configured policy folder does not exist");
        foreach (var path in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var stream = File.OpenRead(path);
            Add(packs, PolicyReader.Read(stream, path), Path.GetRelativePath(folder, path));
        }
    }

    /// <summary>A file's place must match what it says it is, or an operator's override could silently miss.</summary>
    private static void Add(Dictionary<string, PolicyPack> packs, PolicyPack pack, string relativePath)
    {
        var expected = pack.Id + ".json";
        if (relativePath.Replace('\\', '/') != expected)
            throw new PolicyFileException(relativePath, "$.id", $"pack '{pack.Id}' must be stored as {expected}");
        packs[pack.Id] = pack;
    }
}
