using System.Globalization;

namespace Hub.Simulators.Tax;

/// <summary>The tax bureau's batch income query, in the bureau's own JSON shape.</summary>
public static class TaxEndpoints
{
    public static void MapTaxBureau(this IEndpointRouteBuilder app)
    {
        app.MapPost("/tax/income/query", async (TaxQuery query, HttpRequest request, RequestJournal journal,
            DepartmentFaults faults, CancellationToken cancellationToken) =>
        {
            journal.Add(new JournalEntry("tax", request.Headers["X-Case-Ref"], request.Headers["X-User-Id"],
                request.Headers["X-Request-Id"], query.Taxpayers?.Count ?? 0, DateTimeOffset.UtcNow));
            await faults.DelayAsync("tax", cancellationToken);

            if (query.Taxpayers is null || query.Taxpayers.Count == 0 || !TryMonth(query.FromPeriod, out var from) || !TryMonth(query.ToPeriod, out var to))
                return Results.Ok(new { code = "1001", message = "请求参数错误", results = Array.Empty<object>() });

            var results = query.Taxpayers.Select(p => new
            {
                idNumber = p.IdNumber,
                found = true,
                incomes = TaxLedger.For(p.IdNumber ?? "", from, to).Select(i => new
                {
                    period = i.Period,
                    itemCode = i.ItemCode,
                    amount = i.Amount.ToString("0.00", CultureInfo.InvariantCulture),
                    withholdingAgent = i.WithholdingAgent,
                }),
            });
            return Results.Ok(new { code = "0", message = "成功", results });
        });
    }

    private static bool TryMonth(string? value, out DateOnly month) =>
        DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out month);

    public sealed record TaxQuery(IReadOnlyList<TaxPerson>? Taxpayers, string? FromPeriod, string? ToPeriod);

    public sealed record TaxPerson(string? IdNumber, string? Name);
}
