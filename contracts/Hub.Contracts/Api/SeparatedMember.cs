namespace Hub.Contracts.Api;

/// <summary>A member assessed as a single-person household (单人户) rather than with the rest of the household.</summary>
/// <param name="Reason">Why, in Chinese: 重度残疾（二级） or 重病.</param>
/// <param name="Check">One of <see cref="DeclarationChecks"/>: whether the records bear the declaration out.</param>
public sealed record SeparatedMember(int Position, string Reason, string Check);
