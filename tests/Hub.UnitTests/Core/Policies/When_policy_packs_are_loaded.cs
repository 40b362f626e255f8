using System.Text.Json.Nodes;
using Hub.Core.Catalog;
using Hub.Core.Policies;

namespace Hub.UnitTests.Core.Policies;

public sealed class When_policy_packs_are_loaded : IDisposable
{
    private const string Sample = "371100/minimum_living";
    private readonly string folder = Directory.CreateTempSubdirectory("policies-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_pack_loads_for_every_assistance_type_a_jurisdiction_provides()
    {
        var catalog = PolicyCatalog.Load();

        Assert.Equal(24, catalog.Packs.Count);
        foreach (var jurisdiction in HubCatalog.Jurisdictions.Keys)
            foreach (var type in HubCatalog.AssistanceTypes.Where(t => HubCatalog.Provides(jurisdiction, t)))
                Assert.Equal("2026.1", catalog.Get(jurisdiction, type).Version);
    }

    /// <summary>菏泽's document names no 支出型困难家庭: no pack, and an operator's pack for it is refused.</summary>
    [Fact]
    public void Heze_provides_no_expenditure_hardship_pack()
    {
        Assert.False(HubCatalog.Provides("371700", HubCatalog.ExpenditureHardship));
        Assert.Throws<KeyNotFoundException>(() => PolicyCatalog.Load().Get("371700", HubCatalog.ExpenditureHardship));
        Write("371700/expenditure_hardship", Shipped("371100/expenditure_hardship").Also(p =>
        {
            p["id"] = "371700/expenditure_hardship";
            p["jurisdiction"] = "371700";
        }));

        var error = Assert.Throws<PolicyFileException>(() => PolicyCatalog.Load(folder));

        Assert.Equal("$.assistanceType", error.Field);
    }

    [Fact]
    public void Every_shipped_number_is_cited_or_marked_as_a_sample_and_monetary_standards_are_samples()
    {
        foreach (var pack in PolicyCatalog.Load().Packs)
        {
            Assert.All(pack.Parameters(), p => Assert.True(p.Parameter.Sample ^ p.Parameter.Cite is not null, $"{pack.Id} {p.Path}"));
            Assert.All(pack.Clauses(), c => Assert.True(c.Sample ^ c.Cite is not null, $"{pack.Id} {c.Path}"));
            Assert.True(pack.Standards.UrbanMonthly.Sample && pack.Standards.RuralMonthly.Sample, pack.Id);
            Assert.All(pack.Rules.Select(r => r.Limit).OfType<PolicyParameter>(), limit => Assert.True(limit.Sample, pack.Id));
        }
    }

    /// <summary>The national regulations' sentences the packs apply, whole: a paraphrase or a cut quote fails here.</summary>
    private static readonly IReadOnlySet<string> NationalSentences = new HashSet<string>
    {
        "《社会救助暂行办法》第九条：国家对共同生活的家庭成员人均收入低于当地最低生活保障标准，且符合当地最低生活保障家庭财产状况规定的家庭，给予最低生活保障。",
        "《社会救助暂行办法》第十四条：国家对无劳动能力、无生活来源且无法定赡养、抚养、扶养义务人，或者其法定赡养、抚养、扶养义务人无赡养、抚养、扶养能力的老年人、残疾人以及未满16周岁的未成年人，给予特困人员供养。",
        "《特困人员认定办法》第五条：符合下列情形之一的，应当认定为本办法所称的无劳动能力：（一）60周岁以上的老年人；",
        "《特困人员认定办法》第六条：收入低于当地最低生活保障标准，且财产符合当地特困人员财产状况规定的，应当认定为本办法所称的无生活来源。",
    };

    [Fact]
    public void Every_cite_says_where_it_stands_and_national_regulations_are_quoted_whole()
    {
        foreach (var pack in PolicyCatalog.Load().Packs)
        {
            var cites = pack.Parameters().Select(p => p.Parameter.Cite).Concat(pack.Clauses().Select(c => c.Cite))
                .Concat(pack.Rules.Select(r => r.Cite)).OfType<string>().ToList();
            Assert.All(cites, cite => Assert.Matches(@"^([一二三四五六七八九十]+(（[一二三四五六七八九十]+）)?\d*|《[^》]+》第[一二三四五六七八九十]+条)：\S", cite));
            Assert.All(cites.Where(c => c.StartsWith('《')), cite => Assert.Contains(cite, NationalSentences));
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
        { "case by case on a non-temporary pack", "$.caseByCase" },
        { "unknown benefit", "$.benefits[0]" },
        { "minor age out of range", "$.workAbility.minorUnder.value" },
        { "unknown vehicle use", "$.vehicleExemptions[0].uses[0]" },
        { "uncited clause", "$.vehicleExemptions[1]" },
        { "unknown deduction kind", "$.deductions[0].kind" },
        { "deduction share and amount", "$.deductions[0].monthlyAmount" },
        { "deduction without an amount", "$.deductions[0].share" },
        { "single person multiple out of range", "$.singlePerson.householdIncomeMultiple.value" },
        { "extreme poverty rule in a minimum living pack", "$.rules[0].kind" },
        { "contribution rate out of range", "$.rules[7].contributionRate.value" },
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
            case "case by case on a non-temporary pack": pack["caseByCase"] = new JsonObject { ["sample"] = true }; break;
            case "unknown benefit": pack["benefits"]![0] = "lottery_win"; break;
            case "minor age out of range": pack["workAbility"]!["minorUnder"]!["value"] = 21; break;
            case "unknown vehicle use": pack["vehicleExemptions"]![0]!["uses"]![0] = "fun"; break;
            case "uncited clause": pack["vehicleExemptions"]![1]!.AsObject().Remove("sample"); break;
            case "unknown deduction kind": pack["deductions"]![0]!["kind"] = "holiday_costs"; break;
            case "deduction share and amount": pack["deductions"]![0]!["monthlyAmount"] = new JsonObject { ["value"] = 300, ["sample"] = true }; break;
            case "deduction without an amount": pack["deductions"]![0]!.AsObject().Remove("share"); break;
            case "single person multiple out of range": pack["singlePerson"]!["householdIncomeMultiple"]!["value"] = 0.5; break;
            case "extreme poverty rule in a minimum living pack":
                pack["rules"]![0] = new JsonObject { ["id"] = "unable", ["kind"] = "applicant_unable_to_work", ["cite"] = "《社会救助暂行办法》第十四条" };
                break;
            case "contribution rate out of range": Rule(7)["contributionRate"]!["value"] = 0.5; break;
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
