using System.Globalization;

namespace Hub.Simulators.HousingFund;

/// <summary>
/// The housing provident fund center (住房公积金管理中心): a batch account query in the center's own JSON,
/// pinyin-initial field names as in its data standard. The ID numbers travel in the body, never in the URL.
/// </summary>
public static class HousingFundSimulator
{
    private const string ResidentIdCard = "01";

    public static RouteGroupBuilder MapHousingFundSimulator(this RouteGroupBuilder group)
    {
        group.MapPost("/accounts/query", (FundQuery? query) =>
        {
            if (query is not { Zjlx: ResidentIdCard, Zjhm: { Count: > 0 } idNumbers })
                return Results.Ok(new { fhm = "1001", fhxx = "请求参数错误", jg = Array.Empty<object>() });

            var jg = idNumbers.Select(id => new
            {
                zjhm = id,
                zhxx = HousingFundData.For(id ?? "").Select(a => new
                {
                    grzh = a.AccountNumber,
                    grzhzt = a.StatusCode,
                    dwmc = a.Employer,
                    dwyjce = Money(a.EmployerMonthly),
                    gryjce = Money(a.EmployeeMonthly),
                    grzhye = Money(a.Balance),
                }),
            });
            return Results.Ok(new { fhm = "0000", fhxx = "查询成功", jg });
        });
        return group;
    }

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    /// <param name="Zjlx">证件类型 (01 = resident ID card).</param>
    /// <param name="Zjhm">证件号码, one per person asked about.</param>
    private sealed record FundQuery(string? Zjlx, IReadOnlyList<string?>? Zjhm);
}
