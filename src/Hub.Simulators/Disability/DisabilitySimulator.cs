using System.Globalization;
using System.Text;

namespace Hub.Simulators.Disability;

/// <summary>
/// The disabled persons' federation (残联 残疾人证管理): a batch query posted as a form (<c>sfzh=…&amp;sfzh=…</c>),
/// answered as a CSV export with a header row, one row per certificate in Chinese words (智力, 一级, 有效), dates
/// <c>yyyy/MM/dd</c>, and a closing <c>#查询人数,N</c> line. A person without a certificate has no row. Requests are not signed.
/// </summary>
public static class DisabilitySimulator
{
    public const string Header = "身份证号,残疾人证号,残疾类别,残疾等级,发证日期,有效期至,证件状态";
    public const string CountLine = "#查询人数";

    public static readonly IReadOnlyList<string> CategoryNames = ["视力", "听力", "言语", "肢体", "智力", "精神", "多重"];
    public static readonly IReadOnlyList<string> GradeNames = ["一级", "二级", "三级", "四级"];

    public static RouteGroupBuilder MapDisabilitySimulator(this RouteGroupBuilder group)
    {
        group.MapPost("/certificates/query", async (HttpRequest request, TimeProvider time, CancellationToken cancellationToken) =>
        {
            var ids = request.HasFormContentType ? (await request.ReadFormAsync(cancellationToken))["sfzh"].ToList() : [];
            if (ids.Count == 0 || ids.Any(string.IsNullOrWhiteSpace))
                return Results.Text("请求参数错误", "text/plain", Encoding.UTF8, StatusCodes.Status400BadRequest);

            var today = time.DepartmentToday();
            var csv = new StringBuilder(Header).Append('\n');
            foreach (var id in ids)
                foreach (var c in DisabilityData.For(id!, today))
                    csv.Append(CultureInfo.InvariantCulture, $"{id},{c.CertificateNumber},{CategoryNames[c.CategoryCode - 1]},{GradeNames[c.Grade - 1]},")
                        .Append(CultureInfo.InvariantCulture, $"{Day(c.IssuedOn)},{Day(c.ValidUntil)},{c.Status}\n");
            csv.Append(CultureInfo.InvariantCulture, $"{CountLine},{ids.Count}\n");
            return Results.Text(csv.ToString(), "text/csv", Encoding.UTF8);
        });
        return group;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture);
}
