using Hub.Contracts.Records;

namespace Hub.Adapters.HouseholdRegistration;

/// <summary>
/// The registry's relation to the head of household (与户主关系), GB/T 4761 family relation codes: two digits, the
/// first naming the group (0 本人/户主, 1 配偶, 2 子, 3 女, 4 孙辈, 5 父母, 6 祖辈, 7 兄弟姐妹, 8 其他亲属, 9 非亲属).
/// </summary>
public static class RelationCodes
{
    public static readonly IReadOnlyDictionary<char, string> ByGroup = new Dictionary<char, string>
    {
        ['0'] = RegistryRelations.Head,
        ['1'] = RegistryRelations.Spouse,
        ['2'] = RegistryRelations.Child,
        ['3'] = RegistryRelations.Child,
        ['4'] = RegistryRelations.Grandchild,
        ['5'] = RegistryRelations.Parent,
        ['6'] = RegistryRelations.Grandparent,
        ['7'] = RegistryRelations.Sibling,
        ['8'] = RegistryRelations.Other,
        ['9'] = RegistryRelations.Other,
    };

    /// <summary>The hub's relation for a two-digit code; null when the code is malformed.</summary>
    public static string? RelationOf(string? code) =>
        code is { Length: 2 } && char.IsAsciiDigit(code[1]) ? ByGroup.GetValueOrDefault(code[0]) : null;
}
