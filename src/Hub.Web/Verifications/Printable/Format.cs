using System.Globalization;

namespace Hub.Web.Verifications.Printable;

/// <summary>How figures, dates and times read on the page: yuan with two decimals, dates as yyyy-MM-dd, Beijing time.</summary>
internal static class Format
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public const string Missing = "—";

    /// <summary>After a value the operator has not set yet: a shipped sample, not the local published figure.</summary>
    public const string SampleMark = "（示例值）";

    public static string Money(decimal value) => value.ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>Without trailing zeros: 1.40 reads as 1.4.</summary>
    public static string Number(decimal value) => value.ToString("#,##0.##", CultureInfo.InvariantCulture);

    public static string Share(decimal share) => (share * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset time) => time.ToOffset(Beijing).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>
    /// A number of which adapters keep only the last four characters (bank account, disability certificate). The page
    /// masks again, so that an adapter which one day passes a whole number still prints none into a paper file.
    /// </summary>
    public static string LastFour(string number) => "****" + number[Math.Max(0, number.Length - 4)..];

    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A span of months as a pack gives it (渐退期): 3–6 个月, 6 个月, 至多 6 个月.</summary>
    public static string Months(int? min, int? max) => (min, max) switch
    {
        ({ } low, { } high) when low != high => $"{Count(low)}–{Count(high)} 个月",
        ({ } low, _) => $"{Count(low)} 个月",
        (_, { } high) => $"至多 {Count(high)} 个月",
        _ => "政策未定月数",
    };

    /// <summary>Record numbers as runs, 1-based as the tables number them: 1–12、14.</summary>
    public static string Runs(IEnumerable<int> positions)
    {
        var numbers = positions.Select(p => p + 1).Distinct().Order().ToList();
        var runs = new List<string>();
        for (var first = 0; first < numbers.Count;)
        {
            var last = first;
            while (last + 1 < numbers.Count && numbers[last + 1] == numbers[last] + 1) last++;
            runs.Add(last == first ? Count(numbers[first]) : $"{Count(numbers[first])}–{Count(numbers[last])}");
            first = last + 1;
        }
        return string.Join("、", runs);
    }
}
