using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Core.Signing;

namespace Hub.UnitTests.Core.Signing;

/// <summary>RFC 8785 test vectors: number formatting (Appendix B), key order (§3.2.3) and the full example (§3.2.2).</summary>
public sealed class When_a_document_is_canonicalized
{
    [Theory]
    [InlineData("0000000000000000", "0")]
    [InlineData("8000000000000000", "0")]
    [InlineData("0000000000000001", "5e-324")]
    [InlineData("8000000000000001", "-5e-324")]
    [InlineData("7fefffffffffffff", "1.7976931348623157e+308")]
    [InlineData("ffefffffffffffff", "-1.7976931348623157e+308")]
    [InlineData("4340000000000000", "9007199254740992")]
    [InlineData("c340000000000000", "-9007199254740992")]
    [InlineData("4430000000000000", "295147905179352830000")]
    [InlineData("44b52d02c7e14af5", "9.999999999999997e+22")]
    [InlineData("44b52d02c7e14af6", "1e+23")]
    [InlineData("44b52d02c7e14af7", "1.0000000000000001e+23")]
    [InlineData("444b1ae4d6e2ef4e", "999999999999999700000")]
    [InlineData("444b1ae4d6e2ef4f", "999999999999999900000")]
    [InlineData("444b1ae4d6e2ef50", "1e+21")]
    [InlineData("3eb0c6f7a0b5ed8c", "9.999999999999997e-7")]
    [InlineData("3eb0c6f7a0b5ed8d", "0.000001")]
    [InlineData("41b3de4355555553", "333333333.3333332")]
    [InlineData("41b3de4355555554", "333333333.33333325")]
    [InlineData("41b3de4355555555", "333333333.3333333")]
    [InlineData("41b3de4355555556", "333333333.3333334")]
    [InlineData("41b3de4355555557", "333333333.33333343")]
    [InlineData("becbf647612f3696", "-0.0000033333333333333333")]
    [InlineData("43143ff3c1cb0959", "1424953923781206.2")]
    public void Numbers_follow_ecmascript(string ieeeHex, string expected)
    {
        var value = BitConverter.UInt64BitsToDouble(ulong.Parse(ieeeHex, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        Assert.Equal(expected, Jcs.CanonicalString(JsonValue.Create(value)));
    }

    [Theory]
    [InlineData("1000000000000000", "1000000000000000")] // .NET alone would write 1E+15
    [InlineData("1E-7", "1e-7")]
    [InlineData("-0.0", "0")]
    [InlineData("100.00", "100")]
    [InlineData("0.000001", "0.000001")]
    public void Number_text_is_reformatted(string json, string expected) =>
        Assert.Equal(expected, Jcs.CanonicalString(JsonDocument.Parse(json).RootElement));

    [Fact]
    public void Decimal_amounts_keep_their_value() =>
        Assert.Equal("[1234.5,0.01,100]", Jcs.CanonicalString(new JsonArray(1234.50m, 0.01m, 100.00m)));

    [Fact]
    public void Keys_sort_by_utf16_code_units()
    {
        const string input = """
            {
              "\u20ac": "Euro Sign",
              "\r": "Carriage Return",
              "\ufb33": "Hebrew Letter Dalet With Dagesh",
              "1": "One",
              "\ud83d\ude00": "Emoji: Grinning Face",
              "\u0080": "Control",
              "\u00f6": "Latin Small Letter O With Diaeresis"
            }
            """;

        var canonical = Jcs.CanonicalString(JsonNode.Parse(input));

        Assert.Equal(
            "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\",\"\u00f6\":\"Latin Small Letter O With Diaeresis\","
            + "\"\u20ac\":\"Euro Sign\",\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}",
            canonical);
    }

    [Fact]
    public void The_rfc_example_canonicalizes_exactly()
    {
        const string input = """
            {
              "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
              "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
              "literals": [null, true, false]
            }
            """;
        const string expected = """{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}""";

        var bytes = Jcs.Canonicalize(JsonNode.Parse(input));

        Assert.Equal(expected, Encoding.UTF8.GetString(bytes));
        Assert.Equal(Encoding.UTF8.GetBytes(expected), bytes);
    }

    [Fact]
    public void Chinese_text_stays_literal_utf8() =>
        Assert.Equal("{\"name\":\"张伟\"}", Jcs.CanonicalString(new JsonObject { ["name"] = "张伟" }));

    [Fact]
    public void Strings_use_only_the_escapes_of_json_stringify()
    {
        // RFC 8785 §3.2.2.2: short escapes where they exist, \u00xx for other controls, everything else literal.
        var canonical = Jcs.CanonicalString(new JsonObject { ["s"] = "\"\\\b\f\n\r\t\u0001\u001f/<>€家\U00020BB7\uD83D\uDE00" });
        Assert.Equal("{\"s\":\"\\\"\\\\\\b\\f\\n\\r\\t\\u0001\\u001f/<>€家\U00020BB7\uD83D\uDE00\"}", canonical);
    }

    [Fact]
    public void Integers_are_plain_decimals() =>
        Assert.Equal("""{"a":-1,"b":9007199254740992,"c":0}""", Jcs.CanonicalString(new JsonObject { ["c"] = 0L, ["b"] = 9007199254740992L, ["a"] = -1L }));

    [Fact]
    public void A_lone_surrogate_in_a_built_string_is_refused() =>
        Assert.Throws<JsonException>(() => Jcs.Canonicalize(new JsonObject { ["s"] = "\uDEAD" }));

    [Theory]
    [InlineData("[1e400]")]
    [InlineData("""{"a":1,"a":2}""")]
    [InlineData("""["\ud800"]""")]
    public void Input_outside_i_json_is_refused(string json) =>
        Assert.Throws<JsonException>(() => Jcs.Canonicalize(JsonDocument.Parse(json).RootElement));
}
