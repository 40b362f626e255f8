using System.Collections.Concurrent;

namespace Hub.Simulators;

/// <summary>What the hub sent, minus personal data: lets tests and demos see the case and user ids arrive.</summary>
public sealed class RequestJournal
{
    private const int Capacity = 10_000;
    private readonly ConcurrentQueue<JournalEntry> entries = new();

    public void Add(JournalEntry entry)
    {
        entries.Enqueue(entry);
        while (entries.Count > Capacity) entries.TryDequeue(out _);
    }

    public IEnumerable<JournalEntry> For(string? caseRef) =>
        caseRef is null ? entries : entries.Where(e => e.CaseRef == caseRef);
}

public sealed record JournalEntry(string Department, string? CaseRef, string? UserId, string? RequestId, int People, DateTimeOffset At);
