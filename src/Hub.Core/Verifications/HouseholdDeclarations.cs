using Hub.Contracts.Api;

namespace Hub.Core.Verifications;

/// <summary>
/// What the request declared beyond who the members are: members' disability, illness and work, a recheck's start
/// date, expenses. Health data, so it is stored encrypted with the verification (<see cref="Verification.EncryptedDeclarations"/>).
/// </summary>
public sealed record HouseholdDeclarations(
    IReadOnlyList<MemberDeclaration> Members, DateOnly? RecipientSince, decimal MedicalExpensesCny, decimal EducationExpensesCny)
{
    public static readonly HouseholdDeclarations None = new([], null, 0, 0);

    /// <summary>What a validated request declares; null when it declares nothing beyond the members.</summary>
    public static HouseholdDeclarations? From(SubmitVerificationRequest request)
    {
        var members = request.Members!
            .Select((m, i) => new MemberDeclaration(i, m.DisabilityGrade, m.SeriousIllness == true, m.Employment))
            .Where(m => m.DisabilityGrade is not null || m.SeriousIllness || m.Employment is not null)
            .ToList();
        var declarations = new HouseholdDeclarations(members, request.RecipientSince,
            request.Expenses?.MedicalCny ?? 0, request.Expenses?.EducationCny ?? 0);
        return declarations is { Members.Count: 0, RecipientSince: null, MedicalExpensesCny: 0, EducationExpensesCny: 0 } ? null : declarations;
    }

    public MemberDeclaration Of(int position) => Members.FirstOrDefault(m => m.Position == position) ?? new MemberDeclaration(position, null, false, null);
}
