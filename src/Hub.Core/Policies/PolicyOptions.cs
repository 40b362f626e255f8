namespace Hub.Core.Policies;

/// <summary>Configuration section <c>Policies</c>.</summary>
public sealed class PolicyOptions
{
    public const string Section = "Policies";

    /// <summary>A folder of operator packs (<c>{jurisdiction}/{assistanceType}.json</c>) replacing the shipped ones.</summary>
    public string? Folder { get; set; }
}
