using System.Net.Http.Headers;

namespace Hub.Adapters.Sdk;

/// <summary>
/// Whether HTTP can carry a request as the hub built it: an absolute http(s) address, and header values of
/// visible ASCII, space and tab only. Anything else would fail while sending and look like a department fault.
/// </summary>
public static class SendableRequest
{
    /// <summary>What is wrong with the request, never quoting a value; null when it can be sent.</summary>
    public static string? Problem(HttpRequestMessage request)
    {
        if (request.RequestUri is not { IsAbsoluteUri: true } uri || uri.Scheme is not ("http" or "https"))
            return "the hub built a request without an absolute http(s) address";
        IEnumerable<KeyValuePair<string, HeaderStringValues>> headers = request.Headers.NonValidated;
        if (request.Content is not null) headers = headers.Concat(request.Content.Headers.NonValidated);
        foreach (var (name, values) in headers)
            foreach (var value in values)
                if (value.Any(c => c is not ('\t' or (>= ' ' and <= '~'))))
                    return $"the hub built a request whose {name} header holds characters HTTP cannot carry";
        return null;
    }
}
