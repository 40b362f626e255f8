using System.Globalization;
using System.Text.Json;
using Hub.Simulators.Signing;

namespace Hub.Simulators.Tax;

/// <summary>
/// The tax department: a batch income query in the department's own JSON shape, refusing unsigned requests
/// (app key + HMAC-SHA256 over timestamp, nonce and body) as tax systems do.
/// </summary>
public static class TaxSimulator
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static RouteGroupBuilder MapTaxSimulator(this RouteGroupBuilder group)
    {
        group.MapPost("/income/query", async (HttpRequest request, SignatureCheck signatures, CancellationToken cancellationToken) =>
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, cancellationToken);
            if (signatures.Problem(request, buffer.ToArray()) is { } problem)
                return Results.Json(new { code = "4001", message = "签名校验失败: " + problem }, statusCode: StatusCodes.Status401Unauthorized);

            var query = JsonSerializer.Deserialize<TaxQuery>(buffer.ToArray(), Json);
            if (query?.Taxpayers is not { Count: > 0 } taxpayers || !TryMonth(query.FromPeriod, out var from) || !TryMonth(query.ToPeriod, out var to))
                return Results.Ok(new { code = "1001", message = "请求参数错误", results = Array.Empty<object>() });

            var results = taxpayers.Select(p => new
            {
                idNumber = p.IdNumber,
                found = true,
                incomes = TaxData.For(p.IdNumber ?? "", from, to).Select(i => new
                {
                    period = i.Period,
                    itemCode = i.ItemCode,
                    amount = i.Amount.ToString("0.00", CultureInfo.InvariantCulture),
                    withholdingAgent = i.WithholdingAgent,
                }),
            });
            return Results.Ok(new { code = "0", message = "成功", results });
        });
        return group;
    }

    private static bool TryMonth(string? value, out DateOnly month) =>
        DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out month);

    private sealed record TaxQuery(IReadOnlyList<TaxPerson>? Taxpayers, string? FromPeriod, string? ToPeriod);

    private sealed record TaxPerson(string? IdNumber, string? Name);
}
