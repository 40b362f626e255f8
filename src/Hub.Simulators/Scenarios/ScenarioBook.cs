namespace Hub.Simulators.Scenarios;

/// <summary>The named scenario households: fixed, valid ID numbers every simulator recognises.</summary>
public static class ScenarioBook
{
    public static readonly IReadOnlyDictionary<Scenario, IReadOnlyList<string>> Households = new Dictionary<Scenario, IReadOnlyList<string>>
    {
        [Scenario.Eligible] = ["371702196803121010", "371702197005211024", "37170220120908103X"],
        [Scenario.HighIncome] = ["37170219750101111X", "371702197602021122"],
        [Scenario.OwnsCar] = ["371702198003031219", "371702198204041229"],
        [Scenario.DisabilityVehicle] = ["371702196505051317"],
        [Scenario.OwnsBusiness] = ["371702197806061417", "37170219790707142X"],
        [Scenario.TwoHouses] = ["371702196008081515", "371702196209091525"],
        [Scenario.LargeBankBalance] = ["37170219551010161X"],
        [Scenario.HousingFundContributor] = ["371702198811111719"],
        [Scenario.MovedMoneyAway] = ["37170219701212181X"],
        [Scenario.Pensioners] = ["371702195003141916", "371702195211201928"],
        [Scenario.UnemployedOnBenefit] = ["371702198304152014", "371702198506222025", "37170220150909203X"],
        [Scenario.RegistryMismatch] = ["371702195802272111", "371702196005182126", "371702198701012138"],
        [Scenario.SevereDisability] = ["371702196207112214", "371702199104262221"],
    };

    private static readonly Dictionary<string, Scenario> ByIdNumber =
        Households.SelectMany(h => h.Value.Select(id => (id, h.Key))).ToDictionary(x => x.id, x => x.Key);

    public static Scenario Of(string idNumber) => ByIdNumber.GetValueOrDefault(idNumber, Scenario.None);
}
