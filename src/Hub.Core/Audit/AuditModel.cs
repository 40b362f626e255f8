using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Audit;

/// <summary>Tables of the audit trail; the append-only triggers live in the AuditTrail migrations.</summary>
public static class AuditModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditEvent>(e =>
        {
            e.ToTable("audit_events");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.Property(x => x.Kind).HasMaxLength(32);
            e.Property(x => x.Actor).HasMaxLength(100);
            e.Property(x => x.UserId).HasMaxLength(64);
            e.Property(x => x.PreviousHash).HasMaxLength(64);
            e.Property(x => x.Hash).HasMaxLength(64);
            e.HasIndex(x => x.Sequence).IsUnique();
            // The sealer's work queue: only unsealed rows, so it stays small however long the trail grows.
            e.HasIndex(x => x.Id).HasFilter("\"Sequence\" IS NULL").HasDatabaseName("IX_audit_events_unsealed");
            e.HasIndex(x => x.VerificationId);
            e.HasOne<AuditCheckpoint>().WithMany().HasForeignKey(x => x.CheckpointId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<AuditCheckpoint>(c =>
        {
            c.ToTable("audit_checkpoints");
            c.HasKey(x => x.Id);
            c.Property(x => x.Id).ValueGeneratedOnAdd();
            c.Property(x => x.HeadHash).HasMaxLength(64);
            c.Property(x => x.Kid).HasMaxLength(100);
            c.HasIndex(x => x.LastSequence).IsUnique();
        });
    }
}
