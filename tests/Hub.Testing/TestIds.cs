using System.Globalization;

namespace Hub.Testing;

/// <summary>Valid GB 11643 ID numbers for synthetic people.</summary>
public static class TestIds
{
    private static int sequence;

    public static string Make(DateOnly born, string region = "371702", int? serial = null)
    {
        var seq = serial ?? Interlocked.Increment(ref sequence) % 1000;
        var body = region + born.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + seq.ToString("000", CultureInfo.InvariantCulture);
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body.Select((c, i) => (c - '0') * weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }

    public static string Adult() => Make(new DateOnly(1970 + Random.Shared.Next(30), 1 + Random.Shared.Next(12), 1 + Random.Shared.Next(28)));

    public static string Child() => Make(DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-8));
}
