using Hub.Contracts.Identity;
using Hub.Testing;

namespace Hub.UnitTests.Contracts.Identity;

public sealed class When_an_id_number_is_read
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    [Theory]
    [InlineData("11010519491231002X")] // the example of GB 11643
    [InlineData("440524198001010013")]
    public void Valid_numbers_pass(string value) => Assert.Null(IdNumber.Problem(value, Today));

    [Theory]
    [InlineData(null, "is required")]
    [InlineData("1101051949123100", "must be 18 characters")]
    [InlineData("11010519491231002Y", "fails the GB 11643 checksum")]
    [InlineData("110105194912310021", "fails the GB 11643 checksum")]
    [InlineData("11010519491231002x", "must use an upper-case X")]
    [InlineData("1101051949123A002X", "must be 17 digits followed by a digit or X")]
    public void Invalid_numbers_say_why(string? value, string problem) => Assert.Equal(problem, IdNumber.Problem(value, Today));

    [Fact]
    public void A_birth_date_in_the_future_is_impossible()
    {
        var future = TestIds.Make(new DateOnly(2027, 1, 1));
        Assert.Equal("has an impossible birth date", IdNumber.Problem(future, Today));
    }

    [Fact]
    public void Masking_keeps_the_region_and_the_last_four() =>
        Assert.Equal("110105********002X", IdNumber.Mask("11010519491231002X"));

    [Theory]
    [InlineData("2008-11-22", 18)]
    [InlineData("2008-11-23", 17)]
    public void Age_counts_whole_years(string born, int age) =>
        Assert.Equal(age, IdNumber.AgeOn(TestIds.Make(DateOnly.Parse(born)), Today));
}
