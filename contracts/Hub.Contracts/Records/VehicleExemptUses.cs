namespace Hub.Contracts.Records;

/// <summary>Vehicle uses the assistance policies exempt from the asset test.</summary>
public static class VehicleExemptUses
{
    /// <summary>A mobility vehicle of a person with a disability (残疾人功能性补偿代步机动车).</summary>
    public const string Disability = "disability";
    /// <summary>The household's sole tool of livelihood (基本生活/生产工具).</summary>
    public const string LivelihoodTool = "livelihood_tool";
}
