namespace Hub.Contracts.Records;

public static class PensionSchemes
{
    /// <summary>城镇职工基本养老保险.</summary>
    public const string UrbanEmployee = "urban_employee";
    /// <summary>城乡居民基本养老保险.</summary>
    public const string UrbanRuralResident = "urban_rural_resident";
}
