namespace Hub.Contracts.Messages;

/// <summary>A household member as a department needs it: position in the household, name and ID number.</summary>
public sealed record MemberIdentity(int Position, string Name, string IdNumber);
