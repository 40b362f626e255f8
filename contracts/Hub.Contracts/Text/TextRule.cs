namespace Hub.Contracts.Text;

/// <summary>
/// The limits of one kind of caller text. Characters are Unicode code points of the NFC form (𠮷 is one,
/// whatever its UTF-16 length), bytes are its UTF-8 length. The byte limits are three times the character
/// limits: any text of BMP characters fits up to the character limit, and supplementary-plane characters
/// (4 bytes each) fit as long as the whole stays within the bytes a department's column must hold.
/// </summary>
public sealed record TextRule(int MaxCharacters, int MaxBytes, bool VisibleAsciiOnly = false)
{
    public static readonly TextRule CaseRef = new(64, 192);
    public static readonly TextRule PersonName = new(50, 150);
    public static readonly TextRule ConsentReference = new(64, 192);
    public static readonly TextRule UserId = new(64, 192);
    /// <summary>A token, not text: visible ASCII 0x21–0x7E only, so it compares byte for byte.</summary>
    public static readonly TextRule IdempotencyKey = new(255, 255, VisibleAsciiOnly: true);
}
