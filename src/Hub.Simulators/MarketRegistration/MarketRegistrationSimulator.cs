using System.Globalization;
using System.Text.Json;
using Hub.Simulators.Signing;

namespace Hub.Simulators.MarketRegistration;

/// <summary>
/// The market-regulation registry (市场监管 市场主体登记): a batch query of the roles people hold in registered
/// enterprises and individual businesses, in the registry's own pinyin-abbreviated JSON. Registered capital is
/// given in 万元, as registries print it. Unsigned or badly signed requests are refused with 401.
/// </summary>
public static class MarketRegistrationSimulator
{
    private const string CnyCurrencyCode = "156";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static RouteGroupBuilder MapMarketRegistrationSimulator(this RouteGroupBuilder group)
    {
        group.MapPost("/roles/query", async (HttpRequest request, SignatureCheck signatures, TimeProvider time, CancellationToken cancellationToken) =>
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, cancellationToken);
            if (signatures.Problem(request, buffer.ToArray()) is { } problem)
                return Results.Json(new { fhdm = "41", fhxx = "签名校验失败: " + problem }, statusCode: StatusCodes.Status401Unauthorized);

            if (Read(buffer.ToArray()) is not { Count: > 0 } people || people.Any(p => string.IsNullOrEmpty(p.Zjhm)))
                return Results.Ok(new { fhdm = "10", fhxx = "请求参数错误", cxrs = 0, jg = Array.Empty<object>() });

            var today = time.DepartmentToday();
            var jg = people.Select(p => new
            {
                zjhm = p.Zjhm,
                rzxx = MarketRegistrationData.RolesOf(p.Zjhm!, today).Select(r => new
                {
                    qymc = r.EnterpriseName,
                    tyshxydm = r.CreditCode,
                    ztlx = r.EntityType,
                    zwdm = r.RoleCode,
                    zwmc = RegistryCodes.RoleNames[r.RoleCode],
                    czbl = r.SharePercent?.ToString("0.00", CultureInfo.InvariantCulture),
                    zczb = r.CapitalWan.ToString("0.0000", CultureInfo.InvariantCulture),
                    bzdm = CnyCurrencyCode,
                    djzt = r.StatusCode,
                    djztmc = RegistryCodes.StatusNames[r.StatusCode],
                }),
            });
            return Results.Ok(new { fhdm = "00", fhxx = "查询成功", cxrs = people.Count, jg });
        });
        return group;
    }

    private static IReadOnlyList<QueriedPerson>? Read(byte[] body)
    {
        try
        {
            return JsonSerializer.Deserialize<RolesQuery>(body, Json)?.Cxry;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>查询事由 (purpose), 查询区划 (the asking jurisdiction), 查询人员 (the people asked about).</summary>
    private sealed record RolesQuery(string? Cxsy, string? Cxqh, IReadOnlyList<QueriedPerson>? Cxry);

    /// <summary>证件号码, 姓名.</summary>
    private sealed record QueriedPerson(string? Zjhm, string? Xm);
}
