namespace Hub.Core.Metrics;

/// <summary>What the metrics need to know about a member: no name, no ID number.</summary>
/// <param name="Position">The member's position in the submitted household (0-based), as department records use it.</param>
/// <param name="BirthDate">From the ID number.</param>
public sealed record MemberFacts(int Position, string Relation, DateOnly BirthDate)
{
    public int AgeOn(DateOnly day)
    {
        var age = day.Year - BirthDate.Year;
        return BirthDate.AddYears(age) > day ? age - 1 : age;
    }
}
