using System.Globalization;
using Hub.Simulators.Scenarios;

namespace Hub.Simulators.RealEstate;

/// <summary>
/// The synthetic real-estate register of one person. Named scenarios have fixed holdings: in the eligible
/// household the first member owns one small home; in the two-houses household one member owns a home outright
/// and the other holds half of a second home; the pensioner couple hold their home jointly (共同共有, no share);
/// everyone else named owns nothing. Other adults own zero to two
/// properties drawn from their ID number: mostly homes, sometimes a shop, a parking space or a workshop, held
/// alone, jointly or in shares. Nobody under 20 owns property.
/// </summary>
public static class PropertyData
{
    /// <summary>Registrations end here, so a person's records never change with the day they are asked for.</summary>
    public static readonly DateOnly LastRegistration = new(2025, 12, 31);
    /// <summary>Unified registration (不动产登记暂行条例) began here; older homes carry the date they were re-registered.</summary>
    private static readonly DateOnly FirstRegistration = new(2015, 3, 1);

    public const string SoleOwnership = "单独所有";
    public const string JointOwnership = "共同共有";
    public const string SharedOwnership = "按份共有";

    public static IReadOnlyList<RegisteredProperty> For(string idNumber)
    {
        var seed = new PersonSeed(idNumber, "real_estate");
        var place = Place.Of(idNumber, seed);
        switch (ScenarioBook.Of(idNumber))
        {
            case Scenario.Eligible when idNumber == ScenarioBook.Households[Scenario.Eligible][0]:
                return [Home(place, seed, 58.40m, SoleOwnership, null, new DateOnly(2016, 6, 18))];
            case Scenario.TwoHouses when idNumber == ScenarioBook.Households[Scenario.TwoHouses][0]:
                return [Home(place, seed, 126.30m, SoleOwnership, "1", new DateOnly(2015, 9, 3))];
            case Scenario.TwoHouses:
                return [Home(place, seed, 89.50m, SharedOwnership, "0.5", new DateOnly(2019, 5, 12))];
            case Scenario.Pensioners:
                // One home, held jointly: both spouses' entries are the same registration, drawn from the husband's seed.
                var husband = ScenarioBook.Households[Scenario.Pensioners][0];
                return [Home(place, new PersonSeed(husband, "real_estate"), 72.60m, JointOwnership, null, new DateOnly(2016, 11, 8))];
            case Scenario.None:
                break;
            default:
                return [];
        }

        if (Place.BirthDate(idNumber) is not { } born) return [];
        var from = born.AddYears(20) > FirstRegistration ? born.AddYears(20) : FirstRegistration;
        if (from > LastRegistration) return [];
        var span = LastRegistration.DayNumber - from.DayNumber + 1;
        var properties = new List<RegisteredProperty>();
        for (var count = seed.Next(3); count > 0; count--)
        {
            var on = from.AddDays(seed.Next(span));
            var (ownership, share) = seed.Next(3) switch
            {
                0 => (SoleOwnership, (string?)null),
                // Joint owners hold the property undivided: the registry writes no share.
                1 => (JointOwnership, null),
                _ => (SharedOwnership, (20 + 10 * seed.Next(7)).ToString(CultureInfo.InvariantCulture) + "%"),
            };
            properties.Add(seed.Next(10) switch
            {
                < 7 => Home(place, seed, seed.Amount(45, 150), ownership, share, on),
                7 => Property(place, seed, "商业", $"{Street(seed)}{1 + seed.Next(300)}号{1 + seed.Next(30)}号商铺", seed.Amount(20, 120), ownership, share, on),
                8 => Property(place, seed, "车位", $"{Street(seed)}{1 + seed.Next(300)}号地下车库{1 + seed.Next(400)}号车位", seed.Amount(12, 16), ownership, share, on),
                _ => Property(place, seed, "工业", $"经济开发区{Street(seed)}{1 + seed.Next(300)}号{1 + seed.Next(6)}号厂房", seed.Amount(200, 1200), ownership, share, on),
            });
        }
        return properties;
    }

    private static RegisteredProperty Home(Place place, PersonSeed seed, decimal area, string ownership, string? share, DateOnly on) =>
        Property(place, seed, "住宅",
            $"{Street(seed)}{1 + seed.Next(300)}号{1 + seed.Next(20)}号楼{1 + seed.Next(4)}单元{1 + seed.Next(18)}0{1 + seed.Next(4)}室",
            area, ownership, share, on);

    private static RegisteredProperty Property(Place place, PersonSeed seed, string use, string location, decimal area, string ownership, string? share, DateOnly on) =>
        new($"{place.ProvinceAbbreviation}({on.Year}){place.District}不动产权第{seed.Next(10_000_000):0000000}号",
            place.AddressPrefix + location, use, area, ownership, share, on);

    private static string Street(PersonSeed seed) => Place.Streets[seed.Next(Place.Streets.Count)];
}

/// <summary>One property as the registry records it: its own words for use (房屋用途) and form of ownership (共有方式).</summary>
/// <param name="Share">份额 as the registry writes it ("0.5", "40%"), or null where it leaves it out (sole and joint ownership).</param>
public sealed record RegisteredProperty(
    string CertificateNumber, string Location, string Use, decimal AreaSqm, string Ownership, string? Share, DateOnly RegisteredOn);
