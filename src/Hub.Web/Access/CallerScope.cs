using System.Security.Claims;

namespace Hub.Web.Access;

public static class CallerScope
{
    /// <summary>Whether this client may act for the jurisdiction (its own list, or <c>*</c>).</summary>
    public static bool MayActFor(this ClaimsPrincipal user, string jurisdiction) =>
        user.FindAll(ApiKeyAuthentication.JurisdictionClaim).Any(c => c.Value == "*" || c.Value == jurisdiction);

    /// <summary>The hosts this client's callback URLs may name.</summary>
    public static IReadOnlySet<string> CallbackHosts(this ClaimsPrincipal user) =>
        user.FindAll(ApiKeyAuthentication.CallbackHostClaim).Select(c => c.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public static string ClientName(this ClaimsPrincipal user) =>
        user.Identity?.Name ?? throw new InvalidOperationException("Unauthenticated request reached an endpoint that needs a client.");
}
