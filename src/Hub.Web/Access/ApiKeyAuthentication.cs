using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Hub.Web.Access;

/// <summary>Authenticates the <c>X-Api-Key</c> header against the hashed keys of <see cref="ApiKeyStore"/>.</summary>
public sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyStore store)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";
    public const string JurisdictionClaim = "jurisdiction";
    public const string CallbackHostClaim = "callback_host";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values) || values.ToString() is not { Length: > 0 } key)
            return Task.FromResult(AuthenticateResult.NoResult());
        if (store.Find(key) is not { } client)
            return Task.FromResult(AuthenticateResult.Fail("Unknown API key."));

        var claims = new List<Claim> { new(ClaimTypes.Name, client.Name), new(ClaimTypes.Role, client.Role) };
        claims.AddRange(client.Jurisdictions.Select(j => new Claim(JurisdictionClaim, j)));
        claims.AddRange(client.CallbackHosts.Select(h => new Claim(CallbackHostClaim, h)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
