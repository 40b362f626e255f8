using System.Text;
using Hub.Core.Audit;

namespace Hub.UnitTests.Core.Audit;

public sealed class When_an_audit_record_is_canonicalized
{
    [Fact]
    public void Members_are_sorted_by_utf16_code_units_without_whitespace()
    {
        var json = CanonicalJson.Object(("b", 2L), ("a", "x"), ("B", null), ("aa", -1L));
        Assert.Equal("""{"B":null,"a":"x","aa":-1,"b":2}""", Encoding.UTF8.GetString(json));
    }

    [Fact]
    public void Strings_use_only_the_escapes_of_json_stringify()
    {
        // RFC 8785 §3.2.2.2: short escapes where they exist, \u00xx for other controls, everything else literal.
        var json = CanonicalJson.Object(("s", "\"\\\b\f\n\r\t\u0001\u001f/<>€家\uD83D\uDE00"));
        Assert.Equal("{\"s\":\"\\\"\\\\\\b\\f\\n\\r\\t\\u0001\\u001f/<>€家\uD83D\uDE00\"}", Encoding.UTF8.GetString(json));
    }

    [Fact]
    public void Lone_surrogates_are_escaped_in_lower_case_hex()
    {
        Assert.Equal("{\"s\":\"\\udead\"}", Encoding.UTF8.GetString(CanonicalJson.Object(("s", "\uDEAD"))));
    }

    [Fact]
    public void Other_value_types_are_refused() =>
        Assert.Throws<ArgumentException>(() => CanonicalJson.Object(("n", 1.5)));
}
