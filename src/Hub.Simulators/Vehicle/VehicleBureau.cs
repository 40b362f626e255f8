namespace Hub.Simulators.Vehicle;

public static class VehicleBureau
{
    public static RouteGroupBuilder MapVehicleBureau(this RouteGroupBuilder group) => group;
}
