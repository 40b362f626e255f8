namespace Hub.Contracts.Records;

/// <summary>Relations to the head of a registered household (与户主关系).</summary>
public static class RegistryRelations
{
    /// <summary>户主.</summary>
    public const string Head = "head";
    public const string Spouse = "spouse";
    public const string Child = "child";
    public const string Parent = "parent";
    public const string Sibling = "sibling";
    public const string Grandparent = "grandparent";
    public const string Grandchild = "grandchild";
    public const string Other = "other";
}
