using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.Adapters.Sdk;
using Hub.Contracts.Messages;
using Hub.Contracts.Records;

namespace Hub.Adapters.SocialInsurance;

/// <summary>
/// Asks the social-insurance agency (人社) about each member's pensions, unemployment benefit and insurance
/// enrolments. The agency answers one person per query, so the adapter asks member by member; the evidence
/// is the answers joined, in member order, as one JSON array.
/// </summary>
public sealed class SocialInsuranceAdapter : ISourceAdapter
{
    public static string SourceCode => "social_insurance";

    public const string SuccessCode = "1";
    /// <summary>查询原因: the agency records why it was asked.</summary>
    public const string Purpose = "社会救助家庭经济状况核对";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<byte[]> FetchAsync(DepartmentClient department, CheckSource command, CancellationToken cancellationToken)
    {
        using var answers = new MemoryStream();
        answers.WriteByte((byte)'[');
        foreach (var member in command.Members)
        {
            if (answers.Length > 1) answers.WriteByte((byte)',');
            var query = new PersonQuery(member.IdNumber, member.Name, Purpose);
            // A read-only query: safe to repeat after a transient failure.
            var request = new HttpRequestMessage(HttpMethod.Post, "person/query") { Content = JsonContent.Create(query, options: Json) }.MarkSafeToRetry();
            answers.Write((await department.SendAsync(request, cancellationToken)).Body);
        }
        answers.WriteByte((byte)']');
        return answers.ToArray();
    }

    public CanonicalRecords Map(byte[] answer, CheckSource command)
    {
        var roster = new AnswerRoster(command);
        var pensions = new List<PensionRecord>();
        var benefits = new List<UnemploymentBenefitRecord>();
        var enrolments = new List<InsuranceContributionRecord>();
        foreach (var person in AnswerJson.Read<List<PersonAnswer>>(answer, Json))
        {
            if (person?.Head?.Code != SuccessCode) throw new UnreadableAnswerException($"the agency reported code {person?.Head?.Code ?? "(none)"}");
            if (person.Body is not { } body) throw new UnreadableAnswerException("an answer has no body");
            var position = roster.PositionOf(body.IdNumber);
            pensions.AddRange((body.Pensions ?? []).Select(p => ToRecord(position, p)));
            benefits.AddRange((body.Benefits ?? []).Select(b => ToRecord(position, b)));
            enrolments.AddRange((body.Enrolments ?? []).Select(e => ToRecord(position, e)));
        }
        roster.EnsureEveryoneAnswered();
        return new CanonicalRecords { Pensions = pensions, UnemploymentBenefits = benefits, InsuranceContributions = enrolments };
    }

    private static PensionRecord ToRecord(int position, AnswerPension pension) => new(
        position,
        Code(InsuranceTypeCodes.ToPensionScheme, pension.SchemeCode, "pension scheme"),
        Code(PaymentStatusCodes.ToStatus, pension.StatusCode, "payment status"),
        Amount(pension.Monthly),
        Month(pension.FirstMonth) ?? throw new UnreadableAnswerException("a pension has no first month"),
        pension.Agency ?? "");

    private static UnemploymentBenefitRecord ToRecord(int position, AnswerBenefit benefit) => new(
        position,
        Code(PaymentStatusCodes.ToStatus, benefit.StatusCode, "payment status"),
        Amount(benefit.Monthly),
        Day(benefit.From),
        Day(benefit.Until),
        benefit.Agency ?? "");

    private static InsuranceContributionRecord ToRecord(int position, AnswerEnrolment enrolment) => new(
        position,
        Code(InsuranceTypeCodes.ToKind, enrolment.InsuranceCode, "insurance type"),
        Code(EnrolmentStatusCodes.ToStatus, enrolment.StatusCode, "enrolment status"),
        enrolment.MonthlyBase is null ? null : Amount(enrolment.MonthlyBase),
        string.IsNullOrWhiteSpace(enrolment.Employer) ? null : enrolment.Employer,
        Month(enrolment.FirstMonth) ?? throw new UnreadableAnswerException("an enrolment has no first month"),
        Month(enrolment.LastPaidMonth)?.ToString("yyyy-MM", CultureInfo.InvariantCulture));

    private static string Code(IReadOnlyDictionary<string, string> table, string? code, string what) =>
        code is not null && table.TryGetValue(code, out var value) ? value : throw new UnreadableAnswerException($"unknown {what} code {code}");

    private static decimal Amount(string? value) =>
        decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            ? amount
            : throw new UnreadableAnswerException("an amount is not a number");

    /// <summary>A <c>yyyyMM</c> month as its first day; null when absent.</summary>
    private static DateOnly? Month(string? value) =>
        value is null ? null
        : DateOnly.TryParseExact(value + "01", "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) ? month
        : throw new UnreadableAnswerException("a month is not yyyyMM");

    private static DateOnly Day(string? value) =>
        DateOnly.TryParseExact(value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new UnreadableAnswerException("a date is not yyyyMMdd");
}
