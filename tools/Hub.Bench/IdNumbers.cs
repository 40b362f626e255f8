using System.Globalization;

namespace Hub.Bench;

/// <summary>
/// Valid GB 11643 citizen ID numbers, derived from a running number so that every member of every
/// verification in a run gets a different one and a rerun gets the same ones.
/// </summary>
public static class IdNumbers
{
    private const string Region = "371702"; // 菏泽市牡丹区, inside the benchmark's jurisdiction 371700
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    // Adults only (born 1950–2000), so every member must sign the consent and no age rule is bypassed.
    private static readonly DateOnly FirstBirthDate = new(1950, 1, 1);
    private static readonly int BirthDays = new DateOnly(2000, 12, 31).DayNumber - FirstBirthDate.DayNumber + 1;

    /// <summary>Distinct for every <paramref name="serial"/> below about 18.6 million (birth days × 1000 sequence numbers).</summary>
    public static string For(long serial)
    {
        var birth = FirstBirthDate.AddDays((int)(serial % BirthDays));
        var sequence = (int)(serial / BirthDays % 1000);
        var body = Region + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + sequence.ToString("000", CultureInfo.InvariantCulture);
        return body + CheckCharacter(body);
    }

    public static char CheckCharacter(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (first17[i] - '0') * Weights[i];
        return CheckCharacters[sum % 11];
    }
}
