namespace Hub.Simulators.Scenarios;

/// <summary>Named situations a simulated household can be in; see docs/SIMULATORS.md for their ID numbers.</summary>
public enum Scenario
{
    /// <summary>Not a named household: records come from the ID number's hash.</summary>
    None,
    /// <summary>No taxable income, no property beyond a small home, no vehicle, no business, small savings.</summary>
    Eligible,
    HighIncome,
    OwnsCar,
    DisabilityVehicle,
    OwnsBusiness,
    TwoHouses,
    LargeBankBalance,
    HousingFundContributor,
    MovedMoneyAway,
    /// <summary>An elderly couple living on pensions, with no taxable income.</summary>
    Pensioners,
    /// <summary>A member out of work, drawing unemployment benefit.</summary>
    UnemployedOnBenefit,
    /// <summary>The household registry disagrees with the declared household: a member deceased, one moved out, one not declared.</summary>
    RegistryMismatch,
    /// <summary>A member with a severe (一级) disability.</summary>
    SevereDisability,
}
