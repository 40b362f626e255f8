using Hub.Core.Aggregation;
using Hub.Core.Audit;
using Hub.Core.Outbox;
using Hub.Core.Protection;
using Hub.Core.Verifications;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Persistence;

/// <summary>
/// The hub's database. Each provider has its own subclass so each keeps its own migrations.
/// </summary>
public abstract class HubDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Verification> Verifications => Set<Verification>();
    public DbSet<SourceCheck> SourceChecks => Set<SourceCheck>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<ProcessedMessage> ProcessedMessages => Set<ProcessedMessage>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<AuditCheckpoint> AuditCheckpoints => Set<AuditCheckpoint>();
    public DbSet<DataKey> DataKeys => Set<DataKey>();

    public abstract bool IsPostgres { get; }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Verification>(v =>
        {
            v.ToTable("verifications");
            v.HasKey(x => x.Id);
            v.HasIndex(x => new { x.CallerName, x.IdempotencyKey }).IsUnique();
            v.HasIndex(x => new { x.Status, x.Deadline });
            // The retention purge's work queue: finished, not yet purged.
            v.HasIndex(x => x.CompletedAt).HasFilter("\"PurgedAt\" IS NULL");
            v.Property(x => x.CallerName).HasMaxLength(100);
            v.Property(x => x.IdempotencyKey).HasMaxLength(255);
            v.Property(x => x.RequestHash).HasMaxLength(64);
            v.Property(x => x.CaseRef).HasMaxLength(64);
            v.Property(x => x.Jurisdiction).HasMaxLength(6);
            v.Property(x => x.AssistanceType).HasMaxLength(32);
            v.Property(x => x.Residence).HasMaxLength(8);
            v.Property(x => x.UserId).HasMaxLength(64);
            v.Property(x => x.ConsentReference).HasMaxLength(64);
            v.Property(x => x.CallbackUrl).HasMaxLength(2048);
            v.Property(x => x.Status).HasMaxLength(16);
            v.Property(x => x.Version).IsConcurrencyToken();
            v.Ignore(x => x.IsFinished);
            v.HasMany(x => x.Members).WithOne().HasForeignKey(m => m.VerificationId);
            v.HasMany(x => x.Sources).WithOne().HasForeignKey(s => s.VerificationId);
        });
        modelBuilder.Entity<VerificationMember>(m =>
        {
            m.ToTable("verification_members");
            m.HasKey(x => new { x.VerificationId, x.Position });
            m.Property(x => x.IdNumberIndex).HasMaxLength(64);
            m.HasIndex(x => x.IdNumberIndex);
            m.Property(x => x.Relation).HasMaxLength(16);
        });
        modelBuilder.Entity<SourceCheck>(s =>
        {
            s.ToTable("source_checks");
            // The key is what makes recording a department's answer idempotent.
            s.HasKey(x => new { x.VerificationId, x.SourceCode });
            s.Property(x => x.SourceCode).HasMaxLength(32);
            s.Property(x => x.Status).HasMaxLength(16);
            s.Property(x => x.EvidenceSha256).HasMaxLength(64);
            s.Property(x => x.ReasonCode).HasMaxLength(32);
            s.Property(x => x.Reason).HasMaxLength(500);
        });
        modelBuilder.Entity<OutboxMessage>(o =>
        {
            o.ToTable("outbox_messages");
            o.HasKey(x => x.Id);
            o.Property(x => x.Destination).HasMaxLength(100);
            o.Property(x => x.MessageType).HasMaxLength(100);
            o.Property(x => x.LastError).HasMaxLength(1000);
            o.HasIndex(x => x.NextAttemptAt).HasFilter("\"SentAt\" IS NULL AND \"ParkedAt\" IS NULL");
        });
        modelBuilder.Entity<ProcessedMessage>(p =>
        {
            p.ToTable("processed_messages");
            p.HasKey(x => new { x.MessageId, x.Consumer });
            p.Property(x => x.Consumer).HasMaxLength(100);
        });
        modelBuilder.Entity<DataKey>(k =>
        {
            k.ToTable("data_keys");
            k.HasKey(x => x.Id);
            k.Property(x => x.Purpose).HasMaxLength(16);
            k.Property(x => x.MasterKeyId).HasMaxLength(16);
            // One index key per database, even when two processes start on an empty one.
            k.HasIndex(x => x.Purpose).IsUnique().HasFilter("\"Purpose\" = 'index'");
        });
        AuditModel.Configure(modelBuilder);
    }
}
