namespace Hub.Adapters.Sdk;

/// <summary>The department answered, but not in a form the adapter can trust.</summary>
public sealed class UnreadableAnswerException(string message) : Exception(message);
