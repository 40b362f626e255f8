namespace Hub.Adapters.Sdk;

/// <summary>One department's connection settings (configuration section <c>Departments:{code}</c>).</summary>
public sealed class DepartmentOptions
{
    public const string Section = "Departments";

    public Uri? BaseUrl { get; set; }
    /// <summary>Upper bound for one department call; the verification's deadline may cut it shorter.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>How many of this department's commands one worker handles at once.</summary>
    public int Concurrency { get; set; } = 32;
}
