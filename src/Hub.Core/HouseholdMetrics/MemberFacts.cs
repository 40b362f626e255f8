namespace Hub.Core.HouseholdMetrics;

/// <summary>What the metrics and the policy need to know about a member: no name, no ID number.</summary>
/// <param name="Position">The member's position in the submitted household (0-based), as department records use it.</param>
/// <param name="BirthDate">From the ID number.</param>
/// <param name="DisabilityGrade">As the household declares it (1 most severe – 4); checked against the disability records.</param>
/// <param name="SeriousIllness">As the household declares it.</param>
/// <param name="Employment">As the household declares it (<see cref="Contracts.Api.Employments"/>).</param>
public sealed record MemberFacts(
    int Position, string Relation, DateOnly BirthDate, int? DisabilityGrade = null, bool SeriousIllness = false, string? Employment = null)
{
    public int AgeOn(DateOnly day)
    {
        var age = day.Year - BirthDate.Year;
        return BirthDate.AddYears(age) > day ? age - 1 : age;
    }
}
