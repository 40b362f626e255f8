namespace Hub.Simulators.RealEstate;

public static class RealEstateBureau
{
    public static RouteGroupBuilder MapRealEstateBureau(this RouteGroupBuilder group) => group;
}
