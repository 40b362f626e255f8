namespace Hub.Core.Catalog;

/// <summary>The fixed vocabularies of the public API.</summary>
public static class HubCatalog
{
    /// <summary>Jurisdictions whose policies the seeds describe (administrative division codes, GB/T 2260).</summary>
    public static readonly IReadOnlyDictionary<string, string> Jurisdictions = new Dictionary<string, string>
    {
        ["371700"] = "菏泽市",
        ["371100"] = "日照市",
        ["410423"] = "鲁山县",
        ["510000"] = "四川省",
        ["370321"] = "桓台县",
    };

    /// <summary>支出型困难家庭: a household whose rigid expenses (medical, education) leave it short.</summary>
    public const string ExpenditureHardship = "expenditure_hardship";

    public static readonly IReadOnlySet<string> AssistanceTypes =
        new HashSet<string> { "minimum_living", "extreme_poverty", "temporary", "low_income", ExpenditureHardship };

    /// <summary>Assistance types a jurisdiction's policy document does not provide: 菏泽's names no 支出型困难家庭.</summary>
    private static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> NotProvided = new Dictionary<string, IReadOnlySet<string>>
    {
        ["371700"] = new HashSet<string> { ExpenditureHardship },
    };

    public static bool Provides(string jurisdiction, string assistanceType) =>
        Jurisdictions.ContainsKey(jurisdiction) && AssistanceTypes.Contains(assistanceType)
        && !(NotProvided.TryGetValue(jurisdiction, out var missing) && missing.Contains(assistanceType));

    public static readonly IReadOnlySet<string> Residences = new HashSet<string> { "urban", "rural" };

    public const string Applicant = "applicant";

    public static readonly IReadOnlySet<string> Relations = new HashSet<string>
    {
        Applicant, "spouse", "child", "parent", "sibling", "grandparent", "grandchild", "other",
    };

    public const int MaxMembers = 30;
    public const int AdultAge = 18;
}
