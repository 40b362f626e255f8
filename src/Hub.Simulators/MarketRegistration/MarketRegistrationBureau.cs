namespace Hub.Simulators.MarketRegistration;

public static class MarketRegistrationBureau
{
    public static RouteGroupBuilder MapMarketRegistrationBureau(this RouteGroupBuilder group) => group;
}
