namespace Hub.Simulators.SocialInsurance;

/// <summary>Everything the social-insurance agency holds about one person.</summary>
public sealed record InsuredPerson(
    IReadOnlyList<InsuranceEnrolment> Enrolments, IReadOnlyList<PensionPayment> Pensions, IReadOnlyList<BenefitPayment> Benefits)
{
    public static readonly InsuredPerson Unknown = new([], [], []);

    /// <summary>Whether the agency has any record of the person (参保标志).</summary>
    public bool Known => Enrolments.Count + Pensions.Count + Benefits.Count > 0;
}
