using System.Text.Json;
using Hub.Contracts.Api;
using Hub.Contracts.Identity;
using Hub.Contracts.Records;
using Hub.Core.Audit;
using Hub.Core.HouseholdMetrics;
using Hub.Core.Persistence;
using Hub.Core.Policies;
using Hub.Core.Protection;
using Hub.Core.Signing;
using Hub.Core.Verifications;
using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Reports;

/// <summary>
/// Closes a verification whose departments have all answered or are unavailable: computes the household's
/// metrics, evaluates the jurisdiction's policy, and stores the report in canonical form with its signature.
/// It is issued once, in the same transaction as the last result, and never rebuilt.
/// </summary>
public sealed class ReportIssuer(PolicyCatalog policies, DocumentSigner signer, SigningKeys keys, PersonalData data, TimeProvider time)
{
    /// <summary>A member as the report needs it, decrypted for the time of issuing only.</summary>
    private sealed record Member(int Position, string Name, string IdNumber, string Relation);

    public async Task IssueAsync(HubDbContext db, Verification verification, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await db.Entry(verification).Collection(v => v.Members).LoadAsync(cancellationToken);
        verification.Status = verification.Sources.Any(s => s.Status == SourceStatus.Unavailable)
            ? VerificationStatus.Partial
            : VerificationStatus.Completed;
        verification.CompletedAt = now;

        var checkpoint = await db.LatestCheckpointAsync(cancellationToken);
        var report = Build(verification, await MembersAsync(verification, cancellationToken), await RecordsAsync(verification, cancellationToken),
            await DeclarationsAsync(verification, cancellationToken), now, checkpoint is null ? null : new ReportAuditCheckpoint(checkpoint.Id, checkpoint.LastSequence, checkpoint.HeadHash));
        var signed = signer.Sign(JsonSerializer.SerializeToNode(report, HubJson.Options)!);
        verification.EncryptedReport = data.Encrypt(signed.CanonicalJson, DataPurpose.Report(verification.Id));
        verification.EncryptedReportJws = data.Encrypt(signed.Jws, DataPurpose.ReportJws(verification.Id));
        AuditTrail.ReportIssued(db, verification, signed.CanonicalJson, now);
    }

    private async Task<List<Member>> MembersAsync(Verification verification, CancellationToken cancellationToken)
    {
        var members = new List<Member>();
        foreach (var m in verification.Members.OrderBy(m => m.Position))
            members.Add(new Member(m.Position,
                await data.DecryptAsync(m.EncryptedName, DataPurpose.MemberName(verification.Id, m.Position), cancellationToken),
                await data.DecryptAsync(m.EncryptedIdNumber, DataPurpose.MemberIdNumber(verification.Id, m.Position), cancellationToken),
                m.Relation));
        return members;
    }

    private async Task<HouseholdDeclarations> DeclarationsAsync(Verification verification, CancellationToken cancellationToken) =>
        verification.EncryptedDeclarations is { } stored
            ? JsonSerializer.Deserialize<HouseholdDeclarations>(
                await data.DecryptAsync(stored, DataPurpose.Declarations(verification.Id), cancellationToken), HubJson.Options)!
            : HouseholdDeclarations.None;

    /// <summary>Each source's records; null where the source did not answer.</summary>
    private async Task<Dictionary<string, CanonicalRecords?>> RecordsAsync(Verification verification, CancellationToken cancellationToken)
    {
        var records = new Dictionary<string, CanonicalRecords?>();
        foreach (var s in verification.Sources)
            records[s.SourceCode] = s.Status == SourceStatus.Answered && s.EncryptedRecords is not null
                ? JsonSerializer.Deserialize<CanonicalRecords>(
                    await data.DecryptAsync(s.EncryptedRecords, DataPurpose.Records(verification.Id, s.SourceCode), cancellationToken),
                    HubJson.Options)
                : null;
        return records;
    }

    private VerificationReport Build(
        Verification verification, List<Member> members, Dictionary<string, CanonicalRecords?> records, HouseholdDeclarations declarations,
        DateTimeOffset issuedAt, ReportAuditCheckpoint? checkpoint)
    {
        var pack = policies.Get(verification.Jurisdiction, verification.AssistanceType);
        var today = time.Today();
        var facts = members.Select(m =>
        {
            var declared = declarations.Of(m.Position);
            return new MemberFacts(m.Position, m.Relation, IdNumber.BirthDate(m.IdNumber)!.Value,
                declared.DisabilityGrade, declared.SeriousIllness, declared.Employment);
        }).ToList();
        var household = new HouseholdCase(facts, records, verification.Residence, today, declarations.RecipientSince,
            new DeclaredExpenses(declarations.MedicalExpensesCny, declarations.EducationExpensesCny));
        var metrics = HouseholdMetricsCalculator.Compute(facts, records, pack.HouseholdMetricsSettings, today);
        // Every source without records counts, asked or not: a conclusion needs the whole picture.
        var unavailable = HouseholdMetricSources.All.Where(code => records.GetValueOrDefault(code) is null).ToList();
        var evaluation = PolicyEngine.Evaluate(pack, household, metrics, unavailable);
        var composition = HouseholdComposition.Judge(facts, records, verification.Jurisdiction);

        return new VerificationReport(
            verification.Id,
            verification.CaseRef,
            verification.Jurisdiction,
            verification.AssistanceType,
            verification.Residence,
            declarations.RecipientSince,
            verification.Status,
            members.Zip(facts, (m, f) => new ReportMember(m.Position, m.Name, IdNumber.Mask(m.IdNumber), m.Relation,
                f.AgeOn(today), f.DisabilityGrade, f.SeriousIllness, f.Employment)).ToList(),
            verification.Sources.OrderBy(s => s.SourceCode, StringComparer.Ordinal).Select(s => new ReportSource(
                s.SourceCode, s.Status, s.Status == SourceStatus.Answered ? s.FinishedAt : null, s.EvidenceSha256,
                records.GetValueOrDefault(s.SourceCode), s.ReasonCode, s.Reason)).ToList(),
            metrics.All,
            evaluation.Income,
            evaluation.Declarations,
            [.. evaluation.Findings, composition],
            HouseholdComposition.Conclude(evaluation.Conclusion, composition),
            evaluation.Recheck,
            evaluation.Graduation,
            evaluation.Policy,
            checkpoint,
            issuedAt,
            keys.Current.Kid);
    }
}
