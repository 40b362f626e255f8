namespace Hub.Adapters.MarketRegistration;

/// <summary>The shape of a unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters and a check character.</summary>
public static class UnifiedCreditCode
{
    private const string Characters = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static bool IsValid(string code)
    {
        if (code.Length != 18 || code.Any(c => !Characters.Contains(c))) return false;
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += Characters.IndexOf(code[i]) * Weights[i];
        return code[17] == Characters[(31 - sum % 31) % 31];
    }
}
