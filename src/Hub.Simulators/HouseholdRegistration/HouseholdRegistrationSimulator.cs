using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Hub.Simulators.Signing;

namespace Hub.Simulators.HouseholdRegistration;

/// <summary>
/// The public-security household registry (公安 户籍/常住人口): a batch query that answers with the registered
/// households (户) the people asked about belong or belonged to, each with everyone in its register. Field names
/// are upper-case pinyin initials (GMSFHM 公民身份号码, YHZGX 与户主关系, …), dates <c>yyyyMMdd</c>.
/// Unsigned or badly signed requests are refused with 401.
/// </summary>
public static class HouseholdRegistrationSimulator
{
    public const string SuccessCode = "1";
    public const string BadRequestCode = "-1";

    // The registry writes its field names as they are and Chinese text unescaped.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
    private static readonly JsonSerializerOptions ReadJson = new(JsonSerializerDefaults.Web);

    public static RouteGroupBuilder MapHouseholdRegistrationSimulator(this RouteGroupBuilder group)
    {
        group.MapPost("/hukou/query", async (HttpRequest request, SignatureCheck signatures, CancellationToken cancellationToken) =>
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, cancellationToken);
            if (signatures.Problem(request, buffer.ToArray()) is { } problem)
                return Results.Json(new { FHDM = "-401", FHXX = "签名校验失败: " + problem }, Json, statusCode: StatusCodes.Status401Unauthorized);

            if (Read(buffer.ToArray()) is not { Count: > 0 } people || people.Any(p => string.IsNullOrEmpty(p.Gmsfhm) || p.Xm is null))
                return Results.Json(new { FHDM = BadRequestCode, FHXX = "请求参数错误", HJXX = Array.Empty<object>(), WCXRY = Array.Empty<string>() }, Json);

            var households = HouseholdRegistrationData.For(people.Select(p => (p.Gmsfhm!, p.Xm!)).ToList());
            var registers = households.Select(h => new
            {
                HH = h.HouseholdNumber,
                HJDZ = h.Address,
                HCY = h.Residents.Select(r => new
                {
                    GMSFHM = r.IdNumber,
                    XM = r.Name,
                    YHZGX = r.RelationCode,
                    HKZT = r.StatusCode,
                    BDRQ = r.ChangedOn.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
                }),
            });
            // Everyone asked about is in some household here; 未查询到人员 stays empty in the simulation.
            return Results.Json(new { FHDM = SuccessCode, FHXX = "查询成功", HJXX = registers, WCXRY = Array.Empty<string>() }, Json);
        });
        return group;
    }

    private static IReadOnlyList<QueriedPerson>? Read(byte[] body)
    {
        try
        {
            return JsonSerializer.Deserialize<HukouQuery>(body, ReadJson)?.Cxry;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>查询单位 (the asking jurisdiction), 查询原因, 查询人员.</summary>
    private sealed record HukouQuery(string? Cxdw, string? Cxyy, IReadOnlyList<QueriedPerson>? Cxry);

    /// <summary>公民身份号码, 姓名.</summary>
    private sealed record QueriedPerson(string? Gmsfhm, string? Xm);
}
