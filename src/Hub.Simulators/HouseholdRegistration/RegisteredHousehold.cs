namespace Hub.Simulators.HouseholdRegistration;

/// <summary>One registered household (户) as the registry keeps it: its number, address and everyone ever registered in it.</summary>
public sealed record RegisteredHousehold(string HouseholdNumber, string Address, IReadOnlyList<Resident> Residents);

/// <summary>A person in a household's register.</summary>
/// <param name="RelationCode">与户主关系, GB/T 4761 family relation codes (02 户主, 11 夫, 12 妻, 20 子, 30 女, 51 父亲, …).</param>
/// <param name="StatusCode">户口状态: 0 正常, 1 死亡注销, 2 迁出注销.</param>
/// <param name="ChangedOn">变动日期: when the person was registered here, died or moved out.</param>
public sealed record Resident(string IdNumber, string Name, string RelationCode, string StatusCode, DateOnly ChangedOn);
