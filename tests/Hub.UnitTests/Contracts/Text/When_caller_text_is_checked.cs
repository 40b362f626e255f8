using Hub.Contracts.Text;
using Hub.Testing;

namespace Hub.UnitTests.Contracts.Text;

public sealed class When_caller_text_is_checked
{
    [Theory]
    [InlineData("lf", "must not contain control characters")]
    [InlineData("cr", "must not contain control characters")]
    [InlineData("nul", "must not contain control characters")]
    [InlineData("del", "must not contain control characters")]
    [InlineData("c1", "must not contain control characters")]
    [InlineData("lone-surrogate", "must be valid Unicode text (it holds a lone surrogate)")]
    [InlineData("lone-low-surrogate", "must be valid Unicode text (it holds a lone surrogate)")]
    [InlineData("u+fffe", "must not contain Unicode noncharacters (such as U+FFFE)")]
    [InlineData("u+ffff", "must not contain Unicode noncharacters (such as U+FFFE)")]
    [InlineData("u+fdd0", "must not contain Unicode noncharacters (such as U+FFFE)")]
    [InlineData("u+1fffe", "must not contain Unicode noncharacters (such as U+FFFE)")]
    [InlineData("only-u+200b", "must contain a visible character")]
    [InlineData("only-u+feff", "must contain a visible character")]
    [InlineData("only-spaces", "must contain a visible character")]
    [InlineData("only-hangul-filler", "must contain a visible character")]
    public void Bad_text_is_refused_saying_why(string kind, string problem) =>
        Assert.Equal(new TextCheck(null, problem), TextInput.Check(BadText.Of(kind), TextRule.CaseRef));

    [Theory]
    [InlineData("菏民低保〔2026〕123号")]
    [InlineData("𠮷野家")]
    [InlineData("欧阳娜娜")]
    [InlineData("阿依古丽·买买提")]
    [InlineData("张\u200B三")] // an invisible character among visible ones is the caller's business
    public void Text_in_any_script_passes_unchanged(string text) => Assert.Equal(new TextCheck(text, null), TextInput.Check(text, TextRule.PersonName));

    [Fact]
    public void Nfd_text_comes_back_in_nfc()
    {
        var check = TextInput.Check("Zoe\u0308 Cafe\u0301", TextRule.PersonName);
        Assert.Equal("Zoë Café", check.Text);
    }

    [Fact]
    public void Characters_are_code_points_and_bytes_are_utf8()
    {
        // 50 supplementary-plane characters: 50 code points (100 UTF-16 units) but 200 bytes.
        var rare = string.Concat(Enumerable.Repeat("𠮷", 50));
        Assert.Equal("must be at most 150 bytes in UTF-8", TextInput.Check(rare, TextRule.PersonName).Problem);
        Assert.True(TextInput.Check(string.Concat(Enumerable.Repeat("𠮷", 37)), TextRule.PersonName).IsValid);
        Assert.True(TextInput.Check(new string('张', 50), TextRule.PersonName).IsValid);
        Assert.Equal("must be at most 50 characters", TextInput.Check(new string('张', 51), TextRule.PersonName).Problem);
    }

    [Fact]
    public void An_idempotency_key_is_1_to_255_visible_ascii_characters()
    {
        Assert.True(TextInput.Check(new string('~', 255), TextRule.IdempotencyKey).IsValid);
        foreach (var key in new[] { new string('a', 256), "键-1", "a b", "a\tb", "" })
            Assert.False(TextInput.Check(key, TextRule.IdempotencyKey).IsValid, key);
    }
}
