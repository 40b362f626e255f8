using System.Globalization;

namespace Hub.Simulators.SocialInsurance;

/// <summary>
/// The social-insurance agency (人社 社会保险经办机构): one person per query, no batch. Its JSON wraps every
/// answer in a <c>head</c> (result code) and a <c>body</c>, with the agency's data-dictionary field codes
/// (<c>aac002</c> = 公民身份号码, <c>aae140</c> = 险种类型, …), months as <c>yyyyMM</c> and days as <c>yyyyMMdd</c>.
/// Requests are not signed.
/// </summary>
public static class SocialInsuranceSimulator
{
    public const string SuccessCode = "1";
    public const string BadRequestCode = "-1";

    public static RouteGroupBuilder MapSocialInsuranceSimulator(this RouteGroupBuilder group)
    {
        group.MapPost("/person/query", (PersonQuery? query, TimeProvider time) =>
        {
            if (query is not { Aac002.Length: > 0 } || string.IsNullOrWhiteSpace(query.Aac003))
                return Results.Ok(new { head = new { code = BadRequestCode, msg = "请求参数错误" }, body = (object?)null });

            var person = InsuranceData.For(query.Aac002, time.DepartmentToday());
            var body = new
            {
                aac002 = query.Aac002,
                cbbz = person.Known ? "1" : "0",
                cbxx = person.Enrolments.Select(e => new
                {
                    aae140 = e.InsuranceCode,
                    aac008 = e.StatusCode,
                    aae180 = e.MonthlyBase is { } wageBase ? Money(wageBase) : null,
                    aab004 = e.Employer,
                    aae041 = Month(e.FirstMonth),
                    aae042 = e.LastPaidMonth is { } last ? Month(last) : null,
                }),
                yljxx = person.Pensions.Select(p => new
                {
                    aae140 = p.SchemeCode,
                    aae116 = p.StatusCode,
                    aae129 = Money(p.Monthly),
                    aic160 = Month(p.FirstMonth),
                    aab300 = p.Agency,
                }),
                syjxx = person.Benefits.Select(b => new
                {
                    aae116 = b.StatusCode,
                    aae129 = Money(b.Monthly),
                    aae030 = Day(b.From),
                    aae031 = Day(b.Until),
                    aab300 = b.Agency,
                }),
            };
            return Results.Ok(new { head = new { code = SuccessCode, msg = "成功" }, body });
        });
        return group;
    }

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
    private static string Month(DateOnly month) => month.ToString("yyyyMM", CultureInfo.InvariantCulture);
    private static string Day(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <param name="Aac002">公民身份号码.</param>
    /// <param name="Aac003">姓名.</param>
    /// <param name="Cxyy">查询原因 (why the agency is asked).</param>
    private sealed record PersonQuery(string? Aac002, string? Aac003, string? Cxyy);
}
