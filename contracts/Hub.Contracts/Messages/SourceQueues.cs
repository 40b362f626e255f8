namespace Hub.Contracts.Messages;

/// <summary>Each department has its own queue, so a slow one never holds up the others.</summary>
public static class SourceQueues
{
    public static string For(string sourceCode) => "source." + sourceCode;
}
