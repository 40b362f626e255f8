namespace Hub.Contracts.Records;

/// <summary>A motor vehicle registered to a member (机动车登记).</summary>
/// <param name="VehicleType">One of <see cref="VehicleTypes"/>.</param>
/// <param name="ValueCny">Assessed current value.</param>
/// <param name="Use">One of <see cref="VehicleUses"/>, as the registry records it.</param>
public sealed record VehicleRecord(
    int MemberPosition, string PlateNumber, string VehicleType, DateOnly RegisteredOn, decimal ValueCny, string Use);
