using Hub.Contracts.Records;

namespace Hub.Core.HouseholdMetrics;

/// <summary>The kinds of income lines (tax categories and benefits), their Chinese labels, and which are earnings.</summary>
public static class IncomeKinds
{
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        [IncomeCategories.Wages] = "工资、薪金所得",
        [IncomeCategories.LaborRemuneration] = "劳务报酬所得",
        [IncomeCategories.Authorship] = "稿酬所得",
        [IncomeCategories.Royalties] = "特许权使用费所得",
        [IncomeCategories.Business] = "经营所得",
        [IncomeCategories.InterestDividends] = "利息、股息、红利所得",
        [IncomeCategories.PropertyLease] = "财产租赁所得",
        [IncomeCategories.PropertyTransfer] = "财产转让所得",
        [IncomeCategories.Incidental] = "偶然所得",
        [BenefitKinds.PensionUrbanEmployee] = "城镇职工基本养老金",
        [BenefitKinds.PensionUrbanRuralResident] = "城乡居民基本养老金",
        [BenefitKinds.UnemploymentBenefit] = "失业保险金",
    };

    /// <summary>Income from work: what a 就业成本 deduction applies to and what shows a member works.</summary>
    public static readonly IReadOnlySet<string> Earnings = new HashSet<string>
    {
        IncomeCategories.Wages, IncomeCategories.LaborRemuneration, IncomeCategories.Business,
    };

    /// <summary>Earnings that come job by job rather than as a monthly wage (收入来源不固定).</summary>
    public static readonly IReadOnlySet<string> Irregular = new HashSet<string> { IncomeCategories.LaborRemuneration, IncomeCategories.Business };
}
