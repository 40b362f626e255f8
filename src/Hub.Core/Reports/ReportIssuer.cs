using System.Text.Json;
using Hub.Contracts.Api;
using Hub.Contracts.Identity;
using Hub.Contracts.Records;
using Hub.Core.Audit;
using Hub.Core.Metrics;
using Hub.Core.Persistence;
using Hub.Core.Policies;
using Hub.Core.Signing;
using Hub.Core.Verifications;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Reports;

/// <summary>
/// Closes a verification whose departments have all answered or are unavailable: computes the household's
/// metrics, evaluates the jurisdiction's policy, and stores the report in canonical form with its signature.
/// It is issued once, in the same transaction as the last result, and never rebuilt.
/// </summary>
public sealed class ReportIssuer(PolicyCatalog policies, DocumentSigner signer, SigningKeys keys, TimeProvider time)
{
    public async Task IssueAsync(HubDbContext db, Verification verification, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await db.Entry(verification).Collection(v => v.Members).LoadAsync(cancellationToken);
        verification.Status = verification.Sources.Any(s => s.Status == SourceStatus.Unavailable)
            ? VerificationStatus.Partial
            : VerificationStatus.Completed;
        verification.CompletedAt = now;

        var checkpoint = await db.LatestCheckpointAsync(cancellationToken);
        var report = Build(verification, now, checkpoint is null ? null : new ReportAuditCheckpoint(checkpoint.Id, checkpoint.LastSequence, checkpoint.HeadHash));
        var signed = signer.Sign(JsonSerializer.SerializeToNode(report, HubJson.Options)!);
        verification.ReportJson = signed.CanonicalJson;
        verification.ReportJws = signed.Jws;
        AuditTrail.ReportIssued(db, verification, now);
    }

    private VerificationReport Build(Verification verification, DateTimeOffset issuedAt, ReportAuditCheckpoint? checkpoint)
    {
        var records = verification.Sources.ToDictionary(s => s.SourceCode, s => s.Status == SourceStatus.Answered && s.RecordsJson is not null
            ? JsonSerializer.Deserialize<CanonicalRecords>(s.RecordsJson, HubJson.Options)
            : null);
        var pack = policies.Get(verification.Jurisdiction, verification.AssistanceType);
        var members = verification.Members.OrderBy(m => m.Position).ToList();
        var metrics = MetricsCalculator.Compute(
            members.Select(m => new MemberFacts(m.Position, m.Relation, IdNumber.BirthDate(m.IdNumber)!.Value)).ToList(),
            records, pack.MetricsSettings, time.Today());
        // Every source without records counts, asked or not: a conclusion needs the whole picture.
        var unavailable = MetricSources.All.Where(code => records.GetValueOrDefault(code) is null).ToList();
        var evaluation = PolicyEngine.Evaluate(pack, metrics, verification.Residence, unavailable);

        return new VerificationReport(
            verification.Id,
            verification.CaseRef,
            verification.Jurisdiction,
            verification.AssistanceType,
            verification.Residence,
            verification.Status,
            members.Select(m => new ReportMember(m.Position, m.Name, IdNumber.Mask(m.IdNumber), m.Relation)).ToList(),
            verification.Sources.OrderBy(s => s.SourceCode, StringComparer.Ordinal).Select(s => new ReportSource(
                s.SourceCode, s.Status, s.Status == SourceStatus.Answered ? s.FinishedAt : null, s.EvidenceSha256,
                records.GetValueOrDefault(s.SourceCode), s.ReasonCode, s.Reason)).ToList(),
            metrics.All,
            evaluation.Findings,
            evaluation.Conclusion,
            evaluation.Policy,
            checkpoint,
            issuedAt,
            keys.Current.Kid);
    }
}
