namespace Hub.Adapters.Sdk;

/// <summary>
/// Marks a request the department treats as a pure read, so repeating it changes nothing there.
/// GET, HEAD and OPTIONS are safe by definition; a POST is retried only when its adapter says so.
/// </summary>
public static class SafeToRetry
{
    private static readonly HttpRequestOptionsKey<bool> Key = new("Hub.SafeToRetry");

    public static HttpRequestMessage MarkSafeToRetry(this HttpRequestMessage request)
    {
        request.Options.Set(Key, true);
        return request;
    }

    public static bool IsSafeToRetry(this HttpRequestMessage request) =>
        request.Method == HttpMethod.Get || request.Method == HttpMethod.Head || request.Method == HttpMethod.Options
        || (request.Options.TryGetValue(Key, out var safe) && safe);
}
