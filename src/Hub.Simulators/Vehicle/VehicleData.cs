using Hub.Simulators.Scenarios;

namespace Hub.Simulators.Vehicle;

/// <summary>
/// The synthetic motor vehicle register of one person. Named scenarios have fixed holdings: in the car-owning
/// household the first member owns one private car worth 60,000–120,000 yuan; the disability-vehicle household
/// owns one low-value mobility tricycle registered for disabled use; everyone else named owns nothing. Other
/// adults own nothing, a car, a motorcycle, a farm vehicle or light truck used as a tool of livelihood, or a taxi and a
/// motorcycle, drawn from their ID number. Nobody under 18 owns a vehicle.
/// </summary>
public static class VehicleData
{
    /// <summary>Registrations end here, so a person's records never change with the day they are asked for.</summary>
    public static readonly DateOnly LastRegistration = new(2025, 12, 31);
    private static readonly DateOnly FirstRegistration = new(2005, 1, 1);

    public const string Private = "非营运";
    public const string Commercial = "营运";
    public const string ProductionTool = "生产工具";
    public const string DisabledUse = "残疾人专用";

    public static IReadOnlyList<RegisteredVehicle> For(string idNumber)
    {
        var seed = new PersonSeed(idNumber, "vehicle");
        var place = Place.Of(idNumber, seed);
        switch (ScenarioBook.Of(idNumber))
        {
            case Scenario.OwnsCar when idNumber == ScenarioBook.Households[Scenario.OwnsCar][0]:
                return [Vehicle(place, seed, "K33", "小型轿车", new DateOnly(2018, 4, 20), seed.Amount(60_000, 120_000), Private)];
            case Scenario.DisabilityVehicle:
                return [Vehicle(place, seed, "M11", "普通正三轮摩托车", new DateOnly(2016, 10, 9), seed.Amount(2_000, 6_000), DisabledUse)];
            case Scenario.None:
                break;
            default:
                return [];
        }

        if (Place.BirthDate(idNumber) is not { } born) return [];
        var from = born.AddYears(18) > FirstRegistration ? born.AddYears(18) : FirstRegistration;
        if (from > LastRegistration) return [];
        var span = LastRegistration.DayNumber - from.DayNumber + 1;
        DateOnly Day() => from.AddDays(seed.Next(span));
        return seed.Next(10) switch
        {
            < 4 => [],
            4 => [Vehicle(place, seed, "T22", "手扶拖拉机", Day(), seed.Amount(3_000, 9_000), ProductionTool)],
            5 or 6 => [seed.Next(3) switch
            {
                0 => Vehicle(place, seed, "K31", "小型普通客车", Day(), seed.Amount(30_000, 150_000), Private),
                1 => Vehicle(place, seed, "K43", "微型轿车", Day(), seed.Amount(15_000, 40_000), Private),
                _ => Vehicle(place, seed, "K33", "小型轿车", Day(), seed.Amount(20_000, 150_000), Private),
            }],
            7 => [Vehicle(place, seed, seed.Next(2) == 0 ? "M21" : "M22", "二轮摩托车", Day(), seed.Amount(1_000, 8_000), Private)],
            8 => [seed.Next(3) switch
            {
                0 => Vehicle(place, seed, "N11", "三轮汽车", Day(), seed.Amount(5_000, 15_000), ProductionTool),
                1 => Vehicle(place, seed, "H51", "普通低速货车", Day(), seed.Amount(8_000, 25_000), ProductionTool),
                _ => Vehicle(place, seed, "H31", "轻型普通货车", Day(), seed.Amount(20_000, 60_000), ProductionTool),
            }],
            _ =>
            [
                Vehicle(place, seed, "K33", "小型轿车", Day(), seed.Amount(40_000, 90_000), Commercial),
                Vehicle(place, seed, "M21", "普通二轮摩托车", Day(), seed.Amount(1_000, 6_000), Private),
            ],
        };
    }

    private const string PlateCharacters = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";

    private static RegisteredVehicle Vehicle(Place place, PersonSeed seed, string typeCode, string typeName, DateOnly on, decimal value, string use)
    {
        var plate = place.PlatePrefix + PlateCharacters[seed.Next(24)] + string.Concat(Enumerable.Range(0, 4).Select(_ => PlateCharacters[seed.Next(PlateCharacters.Length)]));
        return new RegisteredVehicle(plate, typeCode, typeName, on, value, use);
    }
}

/// <summary>One vehicle as the registry records it: GA 802 type code and name, first registration, assessed value, use (使用性质).</summary>
public sealed record RegisteredVehicle(string Plate, string TypeCode, string TypeName, DateOnly FirstRegistered, decimal AssessedValue, string Use);
