namespace Hub.Contracts.Api;

/// <summary>How a household's declaration about a member compares with the departments' records.</summary>
public static class DeclarationChecks
{
    /// <summary>A record bears it out.</summary>
    public const string Confirmed = "confirmed";
    /// <summary>No source that could bear it out answered, or none exists (illness): the office checks it.</summary>
    public const string Unverifiable = "unverifiable";
    /// <summary>The records say otherwise.</summary>
    public const string Contradicted = "contradicted";
}
