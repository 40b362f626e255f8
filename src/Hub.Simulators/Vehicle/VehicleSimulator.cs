using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hub.Simulators.Vehicle;

/// <summary>
/// The traffic police vehicle registry (公安交管 机动车登记): a batch query in JSON with the registration
/// system's pinyin-initial field names. Request <c>{"cxdx":[{"xm","sfzmhm"}]}</c>; answer
/// <c>{"code":"00","msg","jg":[{"sfzmhm","jdcxx":[{"hphm","cllx","cllxmc","ccdjrq","pgjz","syxz"}]}]}</c>.
/// It does not demand signed requests.
/// </summary>
public static class VehicleSimulator
{
    public const string SuccessCode = "00";
    public const string BadRequestCode = "10";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static RouteGroupBuilder MapVehicleSimulator(this RouteGroupBuilder group)
    {
        group.MapPost("/vehicles/query", async (HttpRequest request, CancellationToken cancellationToken) =>
        {
            VehicleQuery? query;
            try
            {
                query = await JsonSerializer.DeserializeAsync<VehicleQuery>(request.Body, Json, cancellationToken);
            }
            catch (JsonException)
            {
                query = null;
            }
            if (query?.Persons is not { Count: > 0 } persons || persons.Any(p => string.IsNullOrWhiteSpace(p.IdNumber)))
                return Results.Ok(new { code = BadRequestCode, msg = "请求参数错误", jg = Array.Empty<object>() });

            var results = persons.Select(p => new
            {
                sfzmhm = p.IdNumber,
                jdcxx = VehicleData.For(p.IdNumber!).Select(v => new
                {
                    hphm = v.Plate,
                    cllx = v.TypeCode,
                    cllxmc = v.TypeName,
                    ccdjrq = v.FirstRegistered.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    pgjz = v.AssessedValue.ToString("0.00", CultureInfo.InvariantCulture),
                    syxz = v.Use,
                }),
            });
            return Results.Ok(new { code = SuccessCode, msg = "查询成功", jg = results });
        });
        return group;
    }

    private sealed record VehicleQuery([property: JsonPropertyName("cxdx")] IReadOnlyList<VehiclePerson>? Persons);

    private sealed record VehiclePerson(
        [property: JsonPropertyName("xm")] string? Name,
        [property: JsonPropertyName("sfzmhm")] string? IdNumber);
}
