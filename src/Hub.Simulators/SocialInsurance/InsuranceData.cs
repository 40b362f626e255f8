using Hub.Simulators.Scenarios;

namespace Hub.Simulators.SocialInsurance;

/// <summary>
/// The synthetic social-insurance records of one person. Named scenarios have fixed profiles: the pensioner couple
/// draw an employees' and a residents' basic pension; in the unemployed household the first member draws
/// unemployment benefit (his employer's contributions stopped when the job ended) and the spouse pays into the
/// residents' scheme; every other named adult under 60 pays into the residents' scheme and nobody else named has
/// a record. Other people get a profile from their ID number (see docs/simulators/social_insurance.md).
/// Benefit and contribution months follow the department's today, as a running benefit does.
/// </summary>
public static class InsuranceData
{
    public const string EmployeePension = "110";
    public const string PublicSectorPension = "120";
    public const string ResidentPension = "170";
    public const string Unemployment = "210";
    public const string WorkInjury = "410";

    public const string Paying = "1";
    public const string Interrupted = "2";
    public const string Ended = "3";

    private const int AdultAge = 18;
    private const int PensionAge = 60;
    /// <summary>The residents' scheme in its unified form (城乡居民基本养老保险) began in 2014.</summary>
    private static readonly DateOnly ResidentSchemeStart = new(2014, 1, 1);

    public static InsuredPerson For(string idNumber, DateOnly today)
    {
        var seed = new PersonSeed(idNumber, "social_insurance");
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var age = Place.BirthDate(idNumber) is { } born ? Age(born, today) : 0;
        var household = ScenarioBook.Households.GetValueOrDefault(ScenarioBook.Of(idNumber));
        return ScenarioBook.Of(idNumber) switch
        {
            Scenario.None => Ordinary(seed, Place.BirthDate(idNumber), age, thisMonth),
            Scenario.Pensioners when idNumber == household![0] => new(
                [new(EmployeePension, Ended, 3_000.00m, "菏泽市某棉纺织厂", new(1992, 1, 1), new(2010, 2, 1))],
                [new(EmployeePension, Paying, 2_280.00m, new(2010, 4, 1), "菏泽市社会保险事业中心")], []),
            Scenario.Pensioners => new(
                [new(ResidentPension, Ended, null, null, new(2011, 7, 1), new(2012, 11, 1))],
                [new(ResidentPension, Paying, 168.50m, new(2012, 12, 1), "菏泽市牡丹区社会保险事业中心")], []),
            Scenario.UnemployedOnBenefit when idNumber == household![0] => LostJob(thisMonth.AddMonths(-3), 1_620.00m, 4_800.00m,
                "菏泽市某机械制造有限公司", new(2008, 7, 1), "菏泽市公共就业和人才服务中心"),
            _ when age is >= AdultAge and < PensionAge => Resident(thisMonth),
            _ => InsuredPerson.Unknown,
        };
    }

    private static InsuredPerson Ordinary(PersonSeed seed, DateOnly? born, int age, DateOnly thisMonth)
    {
        if (born is null || age < AdultAge) return InsuredPerson.Unknown;
        var agency = Agencies[seed.Next(Agencies.Length)];
        if (age >= PensionAge)
        {
            var retired = new DateOnly(born.Value.Year + PensionAge, born.Value.Month, 1).AddMonths(1);
            return seed.Next(2) == 0
                ? new([new(EmployeePension, Ended, seed.Amount(2_500, 5_000), Employers[seed.Next(Employers.Length)],
                        retired.AddYears(-30), retired.AddMonths(-2))],
                    [new(EmployeePension, Paying, seed.Amount(1_800, 4_200), retired, agency)], [])
                // Who was already 60 when the residents' scheme began draws its basic pension without having paid in.
                : new(retired > ResidentSchemeStart ? [new(ResidentPension, Ended, null, null, ResidentSchemeStart, retired.AddMonths(-1))] : [],
                    [new(ResidentPension, Paying, seed.Amount(150, 320), retired, agency)], []);
        }
        var started = new DateOnly(Math.Max(born.Value.Year + 20, 2000) + seed.Next(10), 1 + seed.Next(12), 1);
        if (started >= thisMonth) started = thisMonth.AddMonths(-1);
        var employer = Employers[seed.Next(Employers.Length)];
        var wageBase = seed.Amount(3_500, 9_000);
        var lastMonth = thisMonth.AddMonths(-1);
        return seed.Next(10) switch
        {
            <= 3 => new(
                [
                    new(EmployeePension, Paying, wageBase, employer, started, lastMonth),
                    new(Unemployment, Paying, wageBase, employer, started, lastMonth),
                    new(WorkInjury, Paying, wageBase, employer, started, lastMonth),
                ], [], []),
            <= 6 => Resident(thisMonth),
            // 灵活就业: pays the employees' pension as an individual, on a base of its own choosing.
            7 => new([new(EmployeePension, Paying, seed.Amount(3_800, 4_500), null, started, lastMonth)], [], []),
            8 when seed.Next(2) == 0 => LostJob(thisMonth.AddMonths(-1 - seed.Next(10)), seed.Amount(1_300, 1_800), wageBase,
                employer, started, agency),
            8 => new([new(EmployeePension, Interrupted, wageBase, employer, started, thisMonth.AddMonths(-6))], [], []),
            _ => InsuredPerson.Unknown,
        };
    }

    /// <summary>Out of work since <paramref name="from"/>: the employer stopped paying, and benefit runs for twelve months.</summary>
    private static InsuredPerson LostJob(DateOnly from, decimal benefit, decimal wageBase, string employer, DateOnly started, string agency) => new(
        [
            new(EmployeePension, Interrupted, wageBase, employer, started, from.AddMonths(-1)),
            new(Unemployment, Interrupted, wageBase, employer, started, from.AddMonths(-1)),
        ],
        [],
        [new(Paying, benefit, from, from.AddMonths(12).AddDays(-1), agency)]);

    /// <summary>Pays the residents' scheme once a year, in January.</summary>
    private static InsuredPerson Resident(DateOnly thisMonth) =>
        new([new(ResidentPension, Paying, null, null, ResidentSchemeStart, new DateOnly(thisMonth.Year, 1, 1))], [], []);

    private static int Age(DateOnly born, DateOnly today)
    {
        var age = today.Year - born.Year;
        return born.AddYears(age) > today ? age - 1 : age;
    }

    private static readonly string[] Agencies =
        ["菏泽市社会保险事业中心", "日照市社会保险事业中心", "鲁山县社会保险中心", "成都市社会保险事业管理局", "桓台县社会保险事业中心"];

    private static readonly string[] Employers =
        ["菏泽某纺织有限公司", "日照某港口服务公司", "鲁山某建材有限公司", "成都某物流有限公司", "淄博某化工有限公司"];
}
