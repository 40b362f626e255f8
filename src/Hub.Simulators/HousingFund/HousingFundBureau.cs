namespace Hub.Simulators.HousingFund;

public static class HousingFundBureau
{
    public static RouteGroupBuilder MapHousingFundBureau(this RouteGroupBuilder group) => group;
}
