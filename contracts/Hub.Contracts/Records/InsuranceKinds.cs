namespace Hub.Contracts.Records;

/// <summary>The social insurances the social-insurance agency (人社) keeps.</summary>
public static class InsuranceKinds
{
    /// <summary>城镇职工基本养老保险.</summary>
    public const string EmployeePension = "employee_pension";
    /// <summary>城乡居民基本养老保险.</summary>
    public const string ResidentPension = "resident_pension";
    /// <summary>失业保险.</summary>
    public const string Unemployment = "unemployment";
    /// <summary>工伤保险.</summary>
    public const string WorkInjury = "work_injury";
}
