namespace Hub.Core.Submission;

/// <summary>Who is submitting: the API client's name and the caseworker it acts for.</summary>
public sealed record Caller(string Name, string? UserId);
