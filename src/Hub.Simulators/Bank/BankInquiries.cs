namespace Hub.Simulators.Bank;

/// <summary>
/// The platform's inquiries by ticket. An inquiry is ready a moment after submission (the banks answering) and
/// never at the first poll, so every caller meets the "processing" answer however slowly it polls; results are
/// kept a while for late or repeated polls, then forgotten like any platform's job results.
/// </summary>
public sealed class BankInquiries(TimeProvider time)
{
    public static readonly TimeSpan ProcessingTime = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan Retention = TimeSpan.FromMinutes(10);

    private readonly Dictionary<string, Inquiry> byTicket = [];
    private readonly Queue<string> oldestFirst = new();

    public string Submit(object answer)
    {
        var ticket = "BQ" + Guid.NewGuid().ToString("N");
        var now = time.GetUtcNow();
        lock (byTicket)
        {
            while (oldestFirst.TryPeek(out var oldest) && byTicket[oldest].ReadyAt + Retention < now)
                byTicket.Remove(oldestFirst.Dequeue());
            byTicket[ticket] = new Inquiry(answer, now + ProcessingTime);
            oldestFirst.Enqueue(ticket);
        }
        return ticket;
    }

    /// <summary>False for an unknown or forgotten ticket; otherwise counts the poll and gives the answer once the banks have replied.</summary>
    public bool TryPoll(string ticket, out object? answer)
    {
        answer = null;
        lock (byTicket)
        {
            if (!byTicket.TryGetValue(ticket, out var inquiry)) return false;
            inquiry.Polls++;
            if (inquiry.Polls > 1 && time.GetUtcNow() >= inquiry.ReadyAt) answer = inquiry.Answer;
            return true;
        }
    }

    private sealed class Inquiry(object answer, DateTimeOffset readyAt)
    {
        public object Answer => answer;
        public DateTimeOffset ReadyAt => readyAt;
        public int Polls { get; set; }
    }
}
