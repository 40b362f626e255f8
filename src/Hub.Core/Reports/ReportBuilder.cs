using System.Text.Json;
using Hub.Contracts.Api;
using Hub.Contracts.Records;
using Hub.Contracts.Identity;
using Hub.Core.Verifications;

namespace Hub.Core.Reports;

/// <summary>Builds the report document of a finished verification; it is stored once and never rebuilt.</summary>
public static class ReportBuilder
{
    public static string Build(Verification verification, DateTimeOffset issuedAt)
    {
        var report = new VerificationReport(
            verification.Id,
            verification.CaseRef,
            verification.Jurisdiction,
            verification.AssistanceType,
            verification.Residence,
            verification.Status,
            verification.Members.OrderBy(m => m.Position)
                .Select(m => new ReportMember(m.Position, m.Name, IdNumber.Mask(m.IdNumber), m.Relation)).ToList(),
            verification.Sources.OrderBy(s => s.SourceCode)
                .Select(s => new ReportSource(s.SourceCode, s.Status, s.Status == SourceStatus.Answered ? s.FinishedAt : null,
                    s.EvidenceSha256,
                    s.RecordsJson is null ? null : JsonSerializer.Deserialize<CanonicalRecords>(s.RecordsJson, HubJson.Options),
                    s.Reason)).ToList(),
            issuedAt);
        return JsonSerializer.Serialize(report, HubJson.Options);
    }
}
