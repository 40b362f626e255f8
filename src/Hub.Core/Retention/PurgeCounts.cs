namespace Hub.Core.Retention;

/// <summary>What one purge run deleted.</summary>
public sealed record PurgeCounts(int Verifications, int SentOutboxRows, int ParkedOutboxRows);
