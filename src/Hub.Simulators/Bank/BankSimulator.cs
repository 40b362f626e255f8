using System.Globalization;

namespace Hub.Simulators.Bank;

/// <summary>
/// The provincial bank-query platform: a batch inquiry is submitted (202 + ticket) and answered once the banks
/// have replied, which the caller learns by polling the ticket (202 while processing, then 200 with the result).
/// </summary>
public static class BankSimulator
{
    private const string ResidentIdCard = "01";

    public static RouteGroupBuilder MapBankSimulator(this RouteGroupBuilder group)
    {
        var time = ((IEndpointRouteBuilder)group).ServiceProvider.GetRequiredService<TimeProvider>();
        var inquiries = new BankInquiries(time);

        group.MapPost("/inquiries", (HttpRequest request, InquiryRequest? inquiry) =>
        {
            if (inquiry is not { CertType: ResidentIdCard, Subjects: { Count: > 0 } subjects }
                || !TryDate(inquiry.FlowFrom, out var from) || !TryDate(inquiry.FlowTo, out var to)
                || !decimal.TryParse(inquiry.FlowMinAmount, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var minAmount))
                return Results.BadRequest(new { retCode = "E1001", retMsg = "请求参数错误" });

            var today = time.DepartmentToday();
            var answer = subjects.Select(s => new
            {
                certNo = s.CertNo,
                banks = BankData.For(s.CertNo ?? "", today).Select(b => new
                {
                    bankName = b.BankName,
                    accounts = b.Deposits.Select(d => new { acctNo = d.AccountNumber, acctKind = d.KindCode, balance = Money(d.Balance) }),
                    holdings = b.Investments.Select(i => new { prodName = i.ProductName, prodKind = i.KindCode, marketValue = Money(i.MarketValue) }),
                    flows = b.Outflows.Where(o => o.On >= from && o.On <= to && o.Amount >= minAmount).Select(o => new
                    {
                        txnDate = o.On.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
                        amount = Money(o.Amount),
                        counterparty = o.Counterparty,
                    }),
                }),
            }).ToList();
            var ticket = inquiries.Submit(answer);
            return Results.Accepted($"{request.PathBase}{request.Path}/{ticket}", new { ticket });
        });

        group.MapGet("/inquiries/{ticket}", (string ticket) =>
        {
            if (!inquiries.TryPoll(ticket, out var subjects))
                return Results.NotFound(new { retCode = "E2004", retMsg = "查询编号不存在或已过期" });
            return subjects is null
                ? Results.Json(new { ticket, status = "processing" }, statusCode: StatusCodes.Status202Accepted)
                : Results.Ok(new { ticket, status = "done", retCode = "0000", retMsg = "成功", subjects });
        });
        return group;
    }

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    private static bool TryDate(string? value, out DateOnly date) =>
        DateOnly.TryParseExact(value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private sealed record InquiryRequest(string? CertType, IReadOnlyList<InquirySubject>? Subjects, string? FlowFrom, string? FlowTo, string? FlowMinAmount);

    private sealed record InquirySubject(string? CertNo, string? Name);
}
