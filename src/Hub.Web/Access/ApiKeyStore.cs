using Hub.ServiceDefaults;
using Microsoft.Extensions.Options;

namespace Hub.Web.Access;

/// <summary>
/// The API clients, looked up by key hash. Embedded mode adds the demo keys; production demands
/// configured keys and refuses the demo ones, so a demo key can never open a real deployment.
/// </summary>
public sealed class ApiKeyStore
{
    private readonly Dictionary<string, ApiClient> byHash;

    public ApiKeyStore(IOptions<AuthOptions> options, HubMode mode)
    {
        var clients = options.Value.ApiKeys.ToList();
        var demoHashes = DemoKeys.All.ToDictionary(d => ApiKeyHash.Of(d.Key), d => d.Client);
        if (mode.IsEmbedded)
        {
            clients.AddRange(demoHashes.Select(d => new ApiClient
            {
                Name = d.Value.Name, KeySha256 = d.Key, Role = d.Value.Role, Jurisdictions = d.Value.Jurisdictions,
                CallbackHosts = d.Value.CallbackHosts,
            }));
        }
        else
        {
            if (clients.Count == 0) throw new InvalidOperationException("Production mode needs API keys under Auth:ApiKeys.");
            if (clients.Any(c => demoHashes.ContainsKey(c.KeySha256.ToLowerInvariant())))
                throw new InvalidOperationException("Production mode refuses the demo API keys.");
        }
        foreach (var client in clients) Check(client);
        if (clients.GroupBy(c => c.KeySha256.ToLowerInvariant()).FirstOrDefault(g => g.Count() > 1) is { } shared)
            throw new InvalidOperationException($"API keys {string.Join(", ", shared.Select(c => c.Name))} share one key.");
        byHash = clients.ToDictionary(c => c.KeySha256.ToLowerInvariant());
    }

    public ApiClient? Find(string key) => byHash.GetValueOrDefault(ApiKeyHash.Of(key));

    private static void Check(ApiClient client)
    {
        if (string.IsNullOrWhiteSpace(client.Name)) throw new InvalidOperationException("An API key has no Name.");
        if (client.KeySha256.Length != 64 || !client.KeySha256.All(char.IsAsciiHexDigit))
            throw new InvalidOperationException($"API key '{client.Name}': KeySha256 must be 64 hex digits.");
        if (!Roles.All.Contains(client.Role))
            throw new InvalidOperationException($"API key '{client.Name}': Role must be one of {string.Join(", ", Roles.All)}.");
        if (client.CallbackHosts.FirstOrDefault(h => Uri.CheckHostName(h) == UriHostNameType.Unknown) is { } host)
            throw new InvalidOperationException($"API key '{client.Name}': CallbackHosts entry '{host}' is not a host name.");
    }
}
