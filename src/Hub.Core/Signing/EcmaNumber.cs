using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Hub.Core.Signing;

/// <summary>
/// ECMAScript Number::toString (ECMA-262 §6.1.6.1.20), which RFC 8785 prescribes for numbers.
/// .NET already finds the shortest round-trip digits; only the placement of the point and the
/// exponent differs (.NET writes <c>1E+15</c> where ECMAScript writes <c>1000000000000000</c>).
/// </summary>
internal static class EcmaNumber
{
    public static string Format(string jsonNumber)
    {
        var value = double.Parse(jsonNumber, NumberStyles.Float, CultureInfo.InvariantCulture);
        return Format(value);
    }

    public static string Format(double value)
    {
        if (!double.IsFinite(value)) throw new JsonException("NaN and infinities have no JSON form (RFC 8785 §3.2.2.3).");
        if (value == 0) return "0"; // also -0
        var (digits, n) = Decompose(Math.Abs(value));
        var k = digits.Length;
        var text = new StringBuilder();
        if (value < 0) text.Append('-');
        if (k <= n && n <= 21)
            text.Append(digits).Append('0', n - k);
        else if (0 < n && n <= 21)
            text.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        else if (-6 < n && n <= 0)
            text.Append("0.").Append('0', -n).Append(digits);
        else
        {
            text.Append(digits[0]);
            if (k > 1) text.Append('.').Append(digits, 1, k - 1);
            text.Append('e').Append(n - 1 >= 0 ? '+' : '-').Append(Math.Abs(n - 1));
        }
        return text.ToString();
    }

    /// <summary>The shortest digits s (no leading or trailing zeros) and n such that value = 0.s × 10^n.</summary>
    private static (string Digits, int N) Decompose(double positive)
    {
        var roundTrip = positive.ToString("R", CultureInfo.InvariantCulture);
        var e = roundTrip.IndexOf('E');
        var mantissa = e < 0 ? roundTrip : roundTrip[..e];
        var exponent = e < 0 ? 0 : int.Parse(roundTrip[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.');
        var integerDigits = point < 0 ? mantissa.Length : point;
        var all = mantissa.Replace(".", "", StringComparison.Ordinal);
        var significant = all.TrimStart('0');
        var n = integerDigits + exponent - (all.Length - significant.Length);
        return (significant.TrimEnd('0'), n);
    }
}
