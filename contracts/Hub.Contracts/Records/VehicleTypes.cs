namespace Hub.Contracts.Records;

public static class VehicleTypes
{
    public const string Car = "car";
    public const string Truck = "truck";
    public const string Motorcycle = "motorcycle";
    public const string Tricycle = "tricycle";
    public const string Agricultural = "agricultural";
}
