using System.Text.Json.Nodes;
using Hub.Core.Catalog;
using Hub.Core.Policies;

namespace Hub.Tests.Policies;

public sealed class PolicyCatalogTests : IDisposable
{
    private const string Sample = "371100/minimum_living";
    private readonly string folder = Directory.CreateTempSubdirectory("policies-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void All_twenty_shipped_packs_load()
    {
        var catalog = PolicyCatalog.Load();

        Assert.Equal(HubCatalog.Jurisdictions.Count * HubCatalog.AssistanceTypes.Count, catalog.Packs.Count);
        foreach (var jurisdiction in HubCatalog.Jurisdictions.Keys)
            foreach (var type in HubCatalog.AssistanceTypes)
                Assert.Equal("2026.1", catalog.Get(jurisdiction, type).Version);
    }

    [Fact]
    public void Every_shipped_number_is_cited_or_marked_as_a_sample_and_monetary_standards_are_samples()
    {
        foreach (var pack in PolicyCatalog.Load().Packs)
        {
            Assert.All(pack.Parameters(), p => Assert.True(p.Parameter.Sample ^ p.Parameter.Cite is not null, $"{pack.Id} {p.Path}"));
            Assert.True(pack.Standards.UrbanMonthly.Sample && pack.Standards.RuralMonthly.Sample, pack.Id);
            Assert.All(pack.Rules.Select(r => r.Limit).OfType<PolicyParameter>(), limit => Assert.True(limit.Sample, pack.Id));
        }
    }

    [Fact]
    public void An_operator_file_replaces_the_shipped_pack_of_the_same_name()
    {
        Write(Sample, Shipped(Sample).Also(p =>
        {
            p["version"] = "2026.2";
            p["standards"]!["urbanMonthly"] = new JsonObject { ["value"] = 1100, ["cite"] = "日照市2026年城乡低保标准通知" };
        }));

        var catalog = PolicyCatalog.Load(folder);

        Assert.Equal("2026.2", catalog.Get("371100", "minimum_living").Version);
        Assert.Equal(1100m, catalog.Get("371100", "minimum_living").Standards.UrbanMonthly.Value);
        Assert.Equal("2026.1", catalog.Get("371100", "low_income").Version);
    }

    public static TheoryData<string, string> BrokenFiles() => new()
    {
        { "unknown rule kind", "$.rules[0].kind" },
        { "missing threshold", "$.rules[2].limit" },
        { "negative money", "$.standards.urbanMonthly.value" },
        { "multiplier out of range", "$.rules[0].multiplier.value" },
        { "unknown jurisdiction", "$.jurisdiction" },
        { "unknown assistance type", "$.assistanceType" },
        { "duplicate rule id", "$.rules[1].id" },
        { "unmarked number", "$.standards.ruralMonthly" },
        { "unknown income category", "$.incomeCategories[1]" },
        { "parameter foreign to the kind", "$.rules[2].multiplier" },
        { "misspelt field", "$.rules[2].limt" },
        { "null standards", "$.standards" },
        { "bad version", "$.version" },
        { "graduation band upside down", "$.graduation.upperMultiple" },
        { "caps on a non-temporary pack", "$.temporaryCaps" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void A_bad_file_is_refused_naming_the_file_and_the_field(string problem, string field)
    {
        var pack = Shipped(Sample);
        JsonObject Rule(int i) => pack["rules"]![i]!.AsObject();
        switch (problem)
        {
            case "unknown rule kind": Rule(0)["kind"] = "income_vibes"; break;
            case "missing threshold": Rule(2).Remove("limit"); break;
            case "negative money": pack["standards"]!["urbanMonthly"]!["value"] = -5; break;
            case "multiplier out of range": Rule(0)["multiplier"]!["value"] = 14; break;
            case "unknown jurisdiction": pack["jurisdiction"] = "999999"; break;
            case "unknown assistance type": pack["assistanceType"] = "luxury"; break;
            case "duplicate rule id": Rule(1)["id"] = "income"; break;
            case "unmarked number": pack["standards"]!["ruralMonthly"]!.AsObject().Remove("sample"); break;
            case "unknown income category": pack["incomeCategories"]![1] = "pocket_money"; break;
            case "parameter foreign to the kind": Rule(2)["multiplier"] = new JsonObject { ["value"] = 2, ["sample"] = true }; break;
            case "misspelt field": Rule(2)["limt"] = 3; break;
            case "null standards": pack["standards"] = null; break;
            case "bad version": pack["version"] = "latest"; break;
            case "graduation band upside down": pack["graduation"]!["upperMultiple"] = new JsonObject { ["value"] = 1, ["sample"] = true }; break;
            case "caps on a non-temporary pack": pack["temporaryCaps"] = new JsonArray(); break;
        }
        var path = Write(Sample, pack);

        var error = Assert.Throws<PolicyFileException>(() => PolicyCatalog.Load(folder));

        Assert.Equal(path, error.File);
        Assert.Equal(field, error.Field);
        Assert.Contains(path, error.Message);
        Assert.Contains(field, error.Message);
    }

    [Fact]
    public void A_missing_field_is_named()
    {
        var pack = Shipped(Sample);
        pack.Remove("source");
        var path = Write(Sample, pack);

        var error = Assert.Throws<PolicyFileException>(() => PolicyCatalog.Load(folder));

        Assert.Equal(path, error.File);
        Assert.Contains("source", error.Message);
    }

    [Fact]
    public void Broken_json_is_refused_naming_the_file()
    {
        var path = Path.Combine(folder, "371100", "minimum_living.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Shipped(Sample).ToJsonString()[..200]);

        var error = Assert.Throws<PolicyFileException>(() => PolicyCatalog.Load(folder));

        Assert.Equal(path, error.File);
    }

    [Fact]
    public void A_pack_filed_under_another_name_is_refused()
    {
        Write("371100/low_income", Shipped(Sample));

        var error = Assert.Throws<PolicyFileException>(() => PolicyCatalog.Load(folder));

        Assert.Equal("$.id", error.Field);
        Assert.Contains("low_income.json", error.File);
    }

    [Fact]
    public void A_missing_operator_folder_is_refused()
    {
        Assert.Throws<PolicyFileException>(() => PolicyCatalog.Load(Path.Combine(folder, "nowhere")));
    }

    private static JsonObject Shipped(string id)
    {
        using var stream = typeof(PolicyCatalog).Assembly.GetManifestResourceStream($"Policies/Packs/{id}.json")!;
        return JsonNode.Parse(stream)!.AsObject();
    }

    private string Write(string id, JsonObject pack)
    {
        var path = Path.Combine(folder, id + ".json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, pack.ToJsonString());
        return path;
    }
}

internal static class JsonObjectExtensions
{
    public static JsonObject Also(this JsonObject node, Action<JsonObject> change)
    {
        change(node);
        return node;
    }
}
