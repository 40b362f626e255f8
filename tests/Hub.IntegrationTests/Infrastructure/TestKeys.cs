using Hub.Web.Access;

namespace Hub.IntegrationTests.Infrastructure;

/// <summary>API keys of the production-mode fixtures, passed to the API as hashed configuration.</summary>
public static class TestKeys
{
    public const string CallerAll = "test-caller-all";
    public const string CallerHeze = "test-caller-heze";
    public const string Operator = "test-operator";
    public const string Auditor = "test-auditor";
    /// <summary>The one host <see cref="CallerAll"/> may name in callback URLs.</summary>
    public const string CallbackHost = "hooks.example.org";

    public static IEnumerable<string> AsArguments()
    {
        (string Key, string Role, string Jurisdiction)[] keys =
        [
            (CallerAll, Roles.Caller, "*"),
            (CallerHeze, Roles.Caller, "371700"),
            (Operator, Roles.Operator, "*"),
            (Auditor, Roles.Auditor, "*"),
        ];
        for (var i = 0; i < keys.Length; i++)
        {
            yield return $"--Auth:ApiKeys:{i}:Name={keys[i].Key}";
            yield return $"--Auth:ApiKeys:{i}:KeySha256={ApiKeyHash.Of(keys[i].Key)}";
            yield return $"--Auth:ApiKeys:{i}:Role={keys[i].Role}";
            yield return $"--Auth:ApiKeys:{i}:Jurisdictions:0={keys[i].Jurisdiction}";
            if (keys[i].Key == CallerAll) yield return $"--Auth:ApiKeys:{i}:CallbackHosts:0={CallbackHost}";
        }
    }
}
