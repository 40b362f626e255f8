namespace Hub.Core.Submission;

/// <summary>
/// Which callback URLs one API client may give: https (http only in the embedded run) to a host on the
/// client's allow-list, with no user information and nothing but visible ASCII in the raw string — a
/// CR/LF there would split the request line or headers the hub later sends.
/// </summary>
public sealed record CallbackPolicy(IReadOnlySet<string> Hosts, bool AllowHttp)
{
    public const int MaxLength = 2048;

    /// <summary>Why the URL is refused; null when it may be stored.</summary>
    public string? Problem(string url)
    {
        if (url.Length > MaxLength) return $"must be at most {MaxLength} characters";
        if (url.Any(char.IsControl)) return "must not contain control characters";
        if (url.Any(c => c is < '!' or > '~')) return "must be visible ASCII (percent-encode other characters, IDN hosts in punycode)";
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")) return "must be an absolute https URL";
        if (uri.Scheme == "http" && !AllowHttp) return "must use https";
        if (uri.UserInfo.Length > 0 || Authority(url).Contains('@')) return "must not contain user information";
        if (!Hosts.Contains(uri.IdnHost)) return "must name a host on this API client's callback allow-list";
        return null;
    }

    private static string Authority(string url)
    {
        var start = url.IndexOf("://", StringComparison.Ordinal) + 3;
        var end = url.IndexOfAny(['/', '?', '#'], start);
        return end < 0 ? url[start..] : url[start..end];
    }
}
