using Hub.Core.Signing;

namespace Hub.Web.Signing;

/// <summary><c>GET /.well-known/jwks.json</c>: the public keys, current and retired, that reports verify against.</summary>
public static class JwksEndpoint
{
    public static IResult Handle(HttpContext http, SigningKeys keys)
    {
        // Keys change only with a restart after rotation; a short lifetime lets clients see a new key soon.
        http.Response.Headers.CacheControl = "public, max-age=300";
        return Results.Text(Jwks.Document(keys.Published), "application/json; charset=utf-8");
    }
}
