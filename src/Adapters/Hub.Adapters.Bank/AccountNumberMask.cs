using Hub.Adapters.Sdk;

namespace Hub.Adapters.Bank;

/// <summary>Keeps only the last four digits of an account number: the banks send full numbers, the report must never carry one.</summary>
internal static class AccountNumberMask
{
    public static string Of(string? accountNumber)
    {
        if (accountNumber is not { Length: >= 4 } || !accountNumber[^4..].All(char.IsAsciiDigit))
            throw new UnreadableAnswerException("an account number does not end in four digits");
        return "****" + accountNumber[^4..];
    }
}
