namespace Hub.Contracts.Api;

public sealed record MemberRequest
{
    public string? Name { get; init; }
    public string? IdNumber { get; init; }
    public string? Relation { get; init; }

    /// <summary>
    /// The disability grade (残疾等级) the household declares for this member, 1 (一级, most severe) to 4. It is checked
    /// against the disabled persons' federation's certificate when that source answers; a severe grade can make the
    /// member a single-person household (单人户) and unable to work.
    /// </summary>
    public int? DisabilityGrade { get; init; }

    /// <summary>The household declares this member seriously ill (重病). No department holds diagnoses: the office checks it.</summary>
    public bool? SeriousIllness { get; init; }

    /// <summary>One of <see cref="Employments"/>: what the household declares about this member's work.</summary>
    public string? Employment { get; init; }
}
