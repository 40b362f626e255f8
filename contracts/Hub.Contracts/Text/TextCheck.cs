namespace Hub.Contracts.Text;

/// <summary>Caller text checked by <see cref="TextInput"/>: its NFC form, or why it is refused.</summary>
public readonly record struct TextCheck(string? Text, string? Problem)
{
    public bool IsValid => Problem is null;
}
