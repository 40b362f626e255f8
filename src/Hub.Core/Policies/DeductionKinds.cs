namespace Hub.Core.Policies;

public static class DeductionKinds
{
    /// <summary>必要的就业成本: a share of each working member's earnings, or an amount per working member.</summary>
    public const string EmploymentCost = "employment_cost";
    /// <summary>因残疾、患重病等增加的刚性支出: the medical expenses the household declares.</summary>
    public const string MedicalExpenses = "medical_expenses";
    /// <summary>Education expenses the household declares (支出型).</summary>
    public const string EducationExpenses = "education_expenses";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { EmploymentCost, MedicalExpenses, EducationExpenses };
}
