using Hub.Contracts.Records;
using Hub.Core.HouseholdMetrics;

namespace Hub.Core.Policies;

/// <summary>What the policy judges besides the metrics: who the members are, what each department said, what the household declared.</summary>
/// <param name="Records">Per source code its records; null (or absent) when it did not answer.</param>
/// <param name="Residence">urban or rural: picks the 低保 standard and residence-specific multipliers.</param>
/// <param name="Today">The day of judging, in China time: ages and open benefits are counted on it.</param>
/// <param name="RecipientSince">Set for a recheck of a current recipient.</param>
/// <param name="Expenses">Declared for the last twelve months.</param>
public sealed record HouseholdCase(
    IReadOnlyList<MemberFacts> Members,
    IReadOnlyDictionary<string, CanonicalRecords?> Records,
    string Residence,
    DateOnly Today,
    DateOnly? RecipientSince = null,
    DeclaredExpenses? Expenses = null)
{
    public bool IsRecheck => RecipientSince is not null;

    public MemberFacts Applicant => Members.FirstOrDefault(m => m.Relation == "applicant") ?? Members[0];
}
