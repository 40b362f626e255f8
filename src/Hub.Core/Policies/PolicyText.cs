using System.Globalization;

namespace Hub.Core.Policies;

/// <summary>How the policy writes amounts and places in its Chinese sentences.</summary>
internal static class PolicyText
{
    public const string SampleMark = "（示例值）";
    public const string Urban = "urban";
    public const string Rural = "rural";

    public static string Place(string residence) => residence == Urban ? "城市" : "农村";

    /// <summary>Without trailing zeros: 1.40 reads as 1.4 in a Chinese sentence.</summary>
    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Percent(decimal share) => Number(share * 100) + "%";

    public static decimal Money(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>How a member is named in the report's sentences: by position, never by name.</summary>
    public static string Member(int position) => $"成员{position + 1}";

    public static string Members(IEnumerable<int> positions) => string.Join("、", positions.Select(Member));
}
