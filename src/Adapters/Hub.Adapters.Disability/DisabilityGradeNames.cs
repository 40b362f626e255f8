namespace Hub.Adapters.Disability;

/// <summary>The federation's grades (残疾等级) as its export writes them: 一级 (most severe) to 四级.</summary>
public static class DisabilityGradeNames
{
    public static readonly IReadOnlyDictionary<string, int> ToGrade = new Dictionary<string, int>
    {
        ["一级"] = 1,
        ["二级"] = 2,
        ["三级"] = 3,
        ["四级"] = 4,
    };
}
