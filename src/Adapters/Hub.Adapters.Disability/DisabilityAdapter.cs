using System.Globalization;
using System.Text;
using Hub.Adapters.Sdk;
using Hub.Contracts.Messages;
using Hub.Contracts.Records;

namespace Hub.Adapters.Disability;

/// <summary>
/// Asks the disabled persons' federation (残联) for the members' disability certificates, with category and grade.
/// The federation takes a form and answers with a CSV export: a header, one row per certificate, and a closing
/// count of the people asked about, which shows the export covers this query. A member without a certificate has no row.
/// </summary>
public sealed class DisabilityAdapter : ISourceAdapter
{
    public static string SourceCode => "disability";

    public const string Header = "身份证号,残疾人证号,残疾类别,残疾等级,发证日期,有效期至,证件状态";
    public const string CountLine = "#查询人数";
    /// <summary>查询原因: the federation records why it was asked.</summary>
    public const string Purpose = "社会救助家庭经济状况核对";
    /// <summary>A second-generation certificate number: the 18-character ID number, the category digit and the grade digit.</summary>
    private const int CertificateNumberLength = 20;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public async Task<byte[]> FetchAsync(DepartmentClient department, CheckSource command, CancellationToken cancellationToken)
    {
        var form = command.Members.Select(m => KeyValuePair.Create("sfzh", m.IdNumber)).Append(KeyValuePair.Create("cxyy", Purpose));
        // A read-only query: safe to repeat after a transient failure.
        var request = new HttpRequestMessage(HttpMethod.Post, "certificates/query") { Content = new FormUrlEncodedContent(form) }.MarkSafeToRetry();
        return (await department.SendAsync(request, cancellationToken)).Body;
    }

    public CanonicalRecords Map(byte[] answer, CheckSource command)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(answer);
        }
        catch (DecoderFallbackException)
        {
            throw new UnreadableAnswerException("not valid UTF-8");
        }
        var lines = text.TrimStart('\uFEFF').Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
        if (lines.Count < 2 || lines[0] != Header) throw new UnreadableAnswerException("the export does not start with its header");
        if (lines[^1] != $"{CountLine},{command.Members.Count.ToString(CultureInfo.InvariantCulture)}")
            throw new UnreadableAnswerException("the export does not end with the number of people asked about");

        var positions = command.Members.ToDictionary(m => m.IdNumber, m => m.Position, StringComparer.OrdinalIgnoreCase);
        var certificates = lines.Skip(1).SkipLast(1).Select(row => ToRecord(row.Split(','), positions)).ToList();
        return new CanonicalRecords { DisabilityCertificates = certificates };
    }

    // Reasons never quote a field: in a row that lost its shape any field may hold an ID number.
    private static DisabilityCertificateRecord ToRecord(string[] fields, Dictionary<string, int> positions)
    {
        if (fields.Length != 7) throw new UnreadableAnswerException("a row does not have seven fields");
        var (idNumber, number, categoryName, gradeName, issued, until, statusName) =
            (fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fields[6]);
        if (!positions.TryGetValue(idNumber, out var position)) throw new UnreadableAnswerException("the answer names a person who was not asked about");
        if (!DisabilityCategoryNames.ToCategory.TryGetValue(categoryName, out var category))
            throw new UnreadableAnswerException("unknown disability category");
        if (!DisabilityGradeNames.ToGrade.TryGetValue(gradeName, out var grade)) throw new UnreadableAnswerException("unknown disability grade");
        // The number repeats the person, category and grade: a row that contradicts itself cannot be trusted.
        if (number.Length != CertificateNumberLength || !number.StartsWith(idNumber, StringComparison.OrdinalIgnoreCase)
            || number[^2] != category.Digit || number[^1] != (char)('0' + grade))
            throw new UnreadableAnswerException("a certificate number does not match its row");
        if (!CertificateStatusNames.ToStatus.TryGetValue(statusName, out var status)) throw new UnreadableAnswerException("unknown certificate status");
        return new DisabilityCertificateRecord(position, new string('*', CertificateNumberLength - 4) + number[^4..],
            category.Category, grade, status, Day(issued), Day(until));
    }

    private static DateOnly Day(string value) =>
        DateOnly.TryParseExact(value, "yyyy/MM/dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new UnreadableAnswerException("a date is not yyyy/MM/dd");
}
