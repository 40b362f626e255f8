namespace Hub.Testing;

/// <summary>Text the caller-text rule refuses, one kind at a time: the rule's own tests and the API's use the same.</summary>
public static class BadText
{
    /// <summary>Bad text by name: xunit keeps test data as strings, and a lone surrogate does not survive that.</summary>
    public static string Of(string kind) => kind switch
    {
        "lf" => "HZ-2026\n001",
        "cr" => "HZ-2026\r001",
        "nul" => "HZ-2026\0" + "001",
        "del" => "HZ-2026\u007F001",
        "c1" => "HZ-2026\u0085001",
        "lone-surrogate" => "HZ-2026\uD800001",
        "lone-low-surrogate" => "HZ-2026\uDC00001",
        "u+fffe" => "HZ-2026\uFFFE001",
        "u+ffff" => "HZ-2026\uFFFF001",
        "u+fdd0" => "HZ-2026\uFDD0001",
        "u+1fffe" => "HZ-2026" + char.ConvertFromUtf32(0x1FFFE),
        "only-u+200b" => "\u200B\u200B",
        "only-u+feff" => "\uFEFF",
        "only-spaces" => " \u3000 ",
        "only-hangul-filler" => "\u3164",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
