namespace Hub.Simulators.MarketRegistration;

/// <summary>
/// Plausible unified social credit codes (统一社会信用代码, GB 32100-2015): registering authority 9 (market
/// regulation), entity category, the registering office's region, an organisation code with its GB 11714
/// check character, and the code's own check character.
/// </summary>
public static class CreditCodes
{
    public const char Enterprise = '1';
    public const char IndividualBusiness = '2';

    private const string Characters = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] OrganisationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    public static string Make(char category, string region, PersonSeed seed)
    {
        // Codes issued since 2015 carry organisation codes beginning "MA".
        var organisation = "MA" + new string(Enumerable.Range(0, 6).Select(_ => Characters[seed.Next(Characters.Length)]).ToArray());
        var body = "9" + category + region + organisation + OrganisationCheck(organisation);
        var sum = body.Select((c, i) => Characters.IndexOf(c) * Weights[i]).Sum();
        return body + Characters[(31 - sum % 31) % 31];
    }

    private static char OrganisationCheck(string organisation)
    {
        var sum = organisation.Select((c, i) => (char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10) * OrganisationWeights[i]).Sum();
        return (11 - sum % 11) switch
        {
            10 => 'X',
            11 => '0',
            var digit => (char)('0' + digit),
        };
    }
}
