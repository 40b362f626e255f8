using System.Buffers;
using System.Globalization;
using System.Text;

namespace Hub.Contracts.Text;

/// <summary>
/// The one check of caller text — names, case and consent references, the caseworker id, the idempotency
/// key — used by the API when it accepts a request and by every adapter before it asks a department.
/// Refused: control characters (C0 with NUL, DEL, C1), lone surrogates, Unicode noncharacters, and text
/// with nothing visible in it (only spaces, format characters such as U+200B or U+FEFF, combining marks
/// or fillers). Accepted text comes back in NFC, the form that is stored, hashed and sent. Unassigned
/// code points and private-use characters pass: rare name characters may be newer than this runtime's
/// Unicode tables, or live in a legacy system's private-use area. Problems never quote the text.
/// </summary>
public static class TextInput
{
    public static TextCheck Check(string? value, TextRule rule)
    {
        if (string.IsNullOrEmpty(value)) return Refused("is required");
        if (rule.VisibleAsciiOnly)
            return value.Length <= rule.MaxCharacters && value.All(c => c is >= '!' and <= '~')
                ? new TextCheck(value, null)
                : Refused($"must be 1–{rule.MaxCharacters} visible ASCII characters (0x21–0x7E)");

        var visible = false;
        for (var i = 0; i < value.Length;)
        {
            if (Rune.DecodeFromUtf16(value.AsSpan(i), out var rune, out var used) != OperationStatus.Done)
                return Refused("must be valid Unicode text (it holds a lone surrogate)");
            if (Rune.IsControl(rune)) return Refused("must not contain control characters");
            if (IsNoncharacter(rune)) return Refused("must not contain Unicode noncharacters (such as U+FFFE)");
            visible |= !IsInvisible(rune);
            i += used;
        }
        if (!visible) return Refused("must contain a visible character");

        var text = value.IsNormalized(NormalizationForm.FormC) ? value : value.Normalize(NormalizationForm.FormC);
        if (text.EnumerateRunes().Count() > rule.MaxCharacters) return Refused($"must be at most {rule.MaxCharacters} characters");
        if (Encoding.UTF8.GetByteCount(text) > rule.MaxBytes) return Refused($"must be at most {rule.MaxBytes} bytes in UTF-8");
        return new TextCheck(text, null);
    }

    private static TextCheck Refused(string problem) => new(null, problem);

    /// <summary>U+FDD0–U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF, U+1FFFE, …).</summary>
    private static bool IsNoncharacter(Rune rune) => rune.Value is >= 0xFDD0 and <= 0xFDEF || (rune.Value & 0xFFFE) == 0xFFFE;

    /// <summary>Characters that show nothing on their own: white space, format characters, marks, and the fillers.</summary>
    private static bool IsInvisible(Rune rune) =>
        Rune.IsWhiteSpace(rune)
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
        // Hangul fillers and the blank Braille pattern are letters or symbols that render as blanks.
        || rune.Value is 0x115F or 0x1160 or 0x3164 or 0xFFA0 or 0x2800;
}
