namespace Hub.Contracts.Records;

/// <summary>Where a property's <see cref="PropertyRecord.Share"/> comes from.</summary>
public static class PropertyShareBases
{
    /// <summary>The registry states the share (按份共有, or a stated share).</summary>
    public const string Registered = "registered";
    /// <summary>单独所有 without a stated share: the whole property.</summary>
    public const string Sole = "sole";
    /// <summary>共同共有 without a share (a married couple's home): an equal share among the joint owners who are household members.</summary>
    public const string JointEqual = "joint_equal";
}
