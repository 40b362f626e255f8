using System.Globalization;

namespace Hub.Contracts.Identity;

/// <summary>Citizen identity numbers per GB 11643-1999: 17 digits and a mod 11-2 check character.</summary>
public static class IdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>Null when valid, otherwise why not (without echoing the number).</summary>
    public static string? Problem(string? value, DateOnly today)
    {
        if (string.IsNullOrEmpty(value)) return "is required";
        if (value.Length != 18) return "must be 18 characters";
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(value[i])) return "must be 17 digits followed by a digit or X";
            sum += (value[i] - '0') * Weights[i];
        }
        if (char.ToUpperInvariant(value[17]) != CheckCharacters[sum % 11]) return "fails the GB 11643 checksum";
        if (value[17] == 'x') return "must use an upper-case X";
        if (BirthDate(value) is not { } born || born.Year < 1900 || born > today) return "has an impossible birth date";
        return null;
    }

    public static DateOnly? BirthDate(string value) =>
        DateOnly.TryParseExact(value.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : null;

    public static int AgeOn(string value, DateOnly day)
    {
        var born = BirthDate(value) ?? throw new ArgumentException("Not a valid ID number.", nameof(value));
        var age = day.Year - born.Year;
        return born.AddYears(age) > day ? age - 1 : age;
    }

    /// <summary>First 6 (region) and last 4 characters; what logs and reports may show.</summary>
    public static string Mask(string value) =>
        value.Length < 10 ? new string('*', value.Length) : value[..6] + new string('*', value.Length - 10) + value[^4..];
}
