using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.Adapters.Sdk;
using Hub.Contracts.Messages;
using Hub.Contracts.Records;

namespace Hub.Adapters.Vehicle;

/// <summary>Asks the traffic police vehicle registry (公安交管 机动车登记) which motor vehicles each member owns, in one batch.</summary>
public sealed class VehicleAdapter : ISourceAdapter
{
    public static string SourceCode => "vehicle";

    /// <summary>The registry's code for a successful query.</summary>
    public const string SuccessCode = "00";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<byte[]> FetchAsync(DepartmentClient department, CheckSource command, CancellationToken cancellationToken)
    {
        var query = new VehicleQuery(command.Members.Select(m => new VehicleQueryPerson(m.Name, m.IdNumber)).ToList());
        // A read-only query: safe to repeat after a transient failure.
        var request = new HttpRequestMessage(HttpMethod.Post, "vehicles/query") { Content = JsonContent.Create(query, options: Json) }.MarkSafeToRetry();
        return (await department.SendAsync(request, cancellationToken)).Body;
    }

    public CanonicalRecords Map(byte[] answer, CheckSource command)
    {
        var parsed = AnswerJson.Read<VehicleAnswer>(answer, Json);
        if (parsed.Code != SuccessCode) throw new UnreadableAnswerException($"the registry reported code {parsed.Code ?? "(none)"}");

        var roster = new AnswerRoster(command);
        var vehicles = new List<VehicleRecord>();
        foreach (var person in parsed.Results ?? [])
        {
            var position = roster.PositionOf(person.IdNumber);
            foreach (var vehicle in person.Vehicles ?? [])
                vehicles.Add(ToRecord(position, vehicle));
        }
        roster.EnsureEveryoneAnswered();
        return new CanonicalRecords { Vehicles = vehicles };
    }

    private static VehicleRecord ToRecord(int position, VehicleAnswerVehicle vehicle)
    {
        if (string.IsNullOrWhiteSpace(vehicle.Plate))
            throw new UnreadableAnswerException("a vehicle has no plate number");
        if (VehicleTypeCodes.TypeOf(vehicle.TypeCode) is not { } type)
            throw new UnreadableAnswerException($"unknown vehicle type code {vehicle.TypeCode}");
        if (!DateOnly.TryParseExact(vehicle.FirstRegistered, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var registered))
            throw new UnreadableAnswerException("a first registration date is not yyyy-MM-dd");
        if (!decimal.TryParse(vehicle.AssessedValue, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            throw new UnreadableAnswerException("an assessed value is not a number");
        return new VehicleRecord(position, vehicle.Plate.Trim(), type, registered, value, VehicleUseCodes.UseOf(vehicle.Use));
    }
}
