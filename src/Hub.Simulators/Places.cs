namespace Hub.Simulators;

/// <summary>
/// The five jurisdictions the hub is set up for, with what the registries write about them: the province's
/// abbreviation (on certificates), the district's name, the full address prefix and the licence plate prefix.
/// </summary>
public sealed record Place(string RegionPrefix, string ProvinceAbbreviation, string District, string AddressPrefix, string PlatePrefix)
{
    public static readonly IReadOnlyList<Place> All =
    [
        new("3717", "鲁", "牡丹区", "山东省菏泽市牡丹区", "鲁R"),
        new("3711", "鲁", "东港区", "山东省日照市东港区", "鲁L"),
        new("4104", "豫", "鲁山县", "河南省平顶山市鲁山县", "豫D"),
        new("5101", "川", "武侯区", "四川省成都市武侯区", "川A"),
        new("3703", "鲁", "桓台县", "山东省淄博市桓台县", "鲁C"),
    ];

    public static readonly IReadOnlyList<string> Streets = ["人民路", "解放路", "建设路", "和平路", "中山路", "文化路", "长江路", "黄河路"];

    /// <summary>Where a person's records are: the place of the ID number's region, or a seeded one for any other region.</summary>
    public static Place Of(string idNumber, PersonSeed seed) =>
        All.FirstOrDefault(p => idNumber.StartsWith(p.RegionPrefix, StringComparison.Ordinal)) ?? All[seed.Next(All.Count)];

    /// <summary>A date of birth read from the ID number, or null if it has none.</summary>
    public static DateOnly? BirthDate(string idNumber) =>
        idNumber.Length == 18 && DateOnly.TryParseExact(idNumber.AsSpan(6, 8), "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out var born) ? born : null;
}
