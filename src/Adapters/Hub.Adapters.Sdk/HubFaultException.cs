namespace Hub.Adapters.Sdk;

/// <summary>
/// A failure the hub caused itself, such as a request it could not build. It never reaches the department's
/// pipeline, so it is never retried and never counted by the department's circuit breaker. The message says
/// what is wrong without quoting the data.
/// </summary>
public sealed class HubFaultException(string message) : Exception(message);
