namespace Hub.Web.Hosting;

/// <summary>
/// Headers every response carries, errors and 404s included: no MIME sniffing, no framing, no active
/// content by default, and nothing under <c>/api/</c> (personal data) kept by any cache.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>JSON needs nothing loaded; an endpoint that serves a page sets its own policy.</summary>
    public const string DefaultContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        // Set when the headers go out, not now: the exception handler and the status-code pages clear the
        // response before they write theirs, and the endpoint may have set its own policy by then.
        context.Response.OnStarting(static state =>
        {
            var http = (HttpContext)state;
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            if (string.IsNullOrEmpty(headers.ContentSecurityPolicy)) headers.ContentSecurityPolicy = DefaultContentSecurityPolicy;
            if (http.Request.Path.StartsWithSegments("/api")) headers.CacheControl = "no-store";
            return Task.CompletedTask;
        }, context);
        return next(context);
    });
}
