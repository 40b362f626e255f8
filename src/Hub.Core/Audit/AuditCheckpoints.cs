using Hub.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Audit;

public static class AuditCheckpoints
{
    /// <summary>The newest checkpoint, or null before the first seal.</summary>
    public static Task<AuditCheckpointRef?> LatestCheckpointAsync(this HubDbContext db, CancellationToken cancellationToken) =>
        db.AuditCheckpoints.AsNoTracking().OrderByDescending(c => c.LastSequence)
            .Select(c => new AuditCheckpointRef(c.Id, c.LastSequence, c.HeadHash, c.Kid))
            .FirstOrDefaultAsync(cancellationToken);
}
