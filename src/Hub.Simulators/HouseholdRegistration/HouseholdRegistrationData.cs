using System.Globalization;
using Hub.Simulators.Scenarios;

namespace Hub.Simulators.HouseholdRegistration;

/// <summary>
/// The synthetic household register. A named scenario household is registered as one household, its first member
/// the head — except the mismatch household, whose register shows the spouse deceased, the son moved out and a
/// daughter the household did not declare. Everyone else asked about in one query is registered together, the
/// first of them the head: the register agrees with what was declared. Relations follow age and sex from the ID
/// numbers; a person asked about keeps the name the query gave.
/// </summary>
public static class HouseholdRegistrationData
{
    public const string Head = "02";
    public const string Normal = "0";
    public const string Deceased = "1";
    public const string MovedOut = "2";

    /// <summary>The daughter registered in the mismatch household whom it did not declare.</summary>
    public const string UndeclaredDaughter = "371702198903032145";

    /// <param name="asked">ID numbers and names, as the query lists them.</param>
    public static IReadOnlyList<RegisteredHousehold> For(IReadOnlyList<(string IdNumber, string Name)> asked)
    {
        var names = asked.GroupBy(p => p.IdNumber).ToDictionary(g => g.Key, g => g.First().Name);
        var households = new List<RegisteredHousehold>();
        foreach (var scenario in asked.Select(p => ScenarioBook.Of(p.IdNumber)).Where(s => s != Scenario.None).Distinct())
            households.Add(scenario == Scenario.RegistryMismatch ? Mismatch(names) : Together(ScenarioBook.Households[scenario], names));
        var others = asked.Where(p => ScenarioBook.Of(p.IdNumber) == Scenario.None).Select(p => p.IdNumber).Distinct().ToList();
        if (others.Count > 0) households.Add(Together(others, names));
        return households;
    }

    private static RegisteredHousehold Mismatch(Dictionary<string, string> names)
    {
        var ids = ScenarioBook.Households[Scenario.RegistryMismatch];
        string Name(string id, string registered) => names.GetValueOrDefault(id, registered);
        return new("371702003456", "山东省菏泽市牡丹区人民路18号3号楼2单元401室",
        [
            new(ids[0], Name(ids[0], "郭建华"), Head, Normal, new(1983, 6, 12)),
            new(ids[1], Name(ids[1], "刘桂兰"), "12", Deceased, new(2025, 3, 14)),
            new(ids[2], Name(ids[2], "郭伟"), "20", MovedOut, new(2024, 9, 1)),
            new(UndeclaredDaughter, "郭秀英", "30", Normal, new(1989, 3, 3)),
        ]);
    }

    /// <summary>Everyone in <paramref name="ids"/> registered in one household, the first the head.</summary>
    private static RegisteredHousehold Together(IReadOnlyList<string> ids, Dictionary<string, string> names)
    {
        var head = ids[0];
        var seed = new PersonSeed(head, "household_registration");
        var place = Place.Of(head, seed);
        var headBorn = Place.BirthDate(head) ?? new DateOnly(1970, 1, 1);
        // 立户: the head set up the household as a young adult, or at the latest when the registers were digitised.
        var founded = headBorn.AddYears(22 + seed.Next(8));
        if (founded > Digitised) founded = Digitised;
        var number = place.RegionPrefix + "02" + seed.Next(1_000_000).ToString("000000", CultureInfo.InvariantCulture);
        var address = $"{place.AddressPrefix}{Place.Streets[seed.Next(Place.Streets.Count)]}{1 + seed.Next(300)}号";
        var spouseTaken = false;
        var residents = ids.Select(id =>
        {
            var born = Place.BirthDate(id) ?? headBorn;
            var relation = id == head ? Head : Relation(headBorn, born, Male(id), Male(head), ref spouseTaken);
            return new Resident(id, names.GetValueOrDefault(id) ?? RegisteredName(id), relation, Normal, born > founded ? born : founded);
        }).ToList();
        return new(number, address, residents);
    }

    private static readonly DateOnly Digitised = new(2005, 12, 31);

    /// <summary>GB/T 4761 code of a person's relation to the head, guessed from the generation gap.</summary>
    private static string Relation(DateOnly headBorn, DateOnly born, bool male, bool headMale, ref bool spouseTaken)
    {
        var gap = born.Year - headBorn.Year;
        switch (gap)
        {
            case >= 45: return male ? "41" : "42";   // 孙子 / 孙女
            case >= 16: return male ? "20" : "30";   // 子 / 女
            case <= -45: return male ? "61" : "62";  // 祖父 / 祖母
            case <= -16: return male ? "51" : "52";  // 父亲 / 母亲
        }
        if (!spouseTaken && male != headMale)
        {
            spouseTaken = true;
            return male ? "11" : "12";               // 夫 / 妻
        }
        return male ? "71" : "73";                   // 兄 / 姐
    }

    /// <summary>The name the register holds for someone the query did not name.</summary>
    private static string RegisteredName(string idNumber)
    {
        var seed = new PersonSeed(idNumber, "household_registration");
        return Surnames[seed.Next(Surnames.Length)] + GivenNames[seed.Next(GivenNames.Length)];
    }

    private static readonly string[] Surnames = ["张", "王", "李", "赵", "刘", "陈", "杨", "郭"];
    private static readonly string[] GivenNames = ["建国", "秀英", "桂兰", "志强", "丽娟", "海燕", "伟", "磊", "静"];

    /// <summary>The 17th character of an ID number is odd for men.</summary>
    private static bool Male(string idNumber) => idNumber.Length == 18 && (idNumber[16] - '0') % 2 == 1;
}
