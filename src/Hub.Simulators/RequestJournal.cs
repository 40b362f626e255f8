using System.Collections.Concurrent;

namespace Hub.Simulators;

/// <summary>What the hub sent, minus personal data: lets tests and demos see case and user ids arrive, and count the pace.</summary>
public sealed class RequestJournal
{
    private const int Capacity = 10_000;
    private readonly ConcurrentQueue<JournalEntry> entries = new();

    public void Add(JournalEntry entry)
    {
        entries.Enqueue(entry);
        while (entries.Count > Capacity) entries.TryDequeue(out _);
    }

    public IEnumerable<JournalEntry> Find(string? caseRef, string? department) =>
        entries.Where(e => (caseRef is null || e.CaseRef == caseRef) && (department is null || e.Department == department));
}

public sealed record JournalEntry(string Department, string? CaseRef, string? UserId, string? RequestId, string Path, DateTimeOffset At);
