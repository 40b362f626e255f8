namespace Hub.Contracts.Records;

/// <summary>A person the household registry (公安户籍) lists in a household (户) a member belongs or belonged to.</summary>
/// <param name="Household">Which household: 1 for the first the registry answered with, 2 for the next, and so on; the
/// registry's household number (户号) is not kept. Members registered apart from the applicant show here.</param>
/// <param name="MemberPosition">The declared member this is; null for a person the household did not declare.</param>
/// <param name="NameMasked">Null for a declared member. For an undeclared person, who gave no consent, only the
/// surname and a star (张*): enough for a caseworker to ask about them, too little to look them up.</param>
/// <param name="IdNumberMasked">Null for a declared member; for an undeclared person the first 6 and last 4 characters.</param>
/// <param name="Relation">Relation to the head of that household (与户主关系), one of <see cref="RegistryRelations"/>.</param>
/// <param name="Status">One of <see cref="RegistrationStatuses"/>.</param>
/// <param name="StatusOn">When the status began: registered into the household, died, or moved out.</param>
public sealed record RegisteredPersonRecord(
    int Household, int? MemberPosition, string? NameMasked, string? IdNumberMasked, string Relation, string Status, DateOnly StatusOn);
