using Hub.Contracts.Api;

namespace Hub.Web.Verifications.Printable.Sections;

/// <summary>
/// What lets anyone check the printed report against the signed one, the departments' answers and the policy pack:
/// identifiers and hashes for auditors, kept in a block of their own.
/// </summary>
internal static class VerificationSection
{
    public static void Write(PageWriter page, VerificationReport report) => page.Block("verification", block => block
        .Heading(2, "报告验证")
        .Fields(
        [
            ("政策包编号及版本", $"{report.Policy.Id}，{report.Policy.Version}"),
            ("签名密钥编号（kid）", report.SigningKeyId),
            ("审计检查点", report.AuditCheckpoint is { } c ? $"#{c.Id}，序号至 {c.LastSequence}，链头 {c.HeadHash}" : Format.Missing),
        ])
        .Table([new("核对事项"), new("原始数据摘要（SHA-256）")],
            report.Sources.Select(s => (IReadOnlyList<string>)[SourceWords.Names[s.Source], s.EvidenceSha256 ?? Format.Missing]), "digests")
        .Paragraph("验证方法：以 Accept: application/json 获取本报告的 JSON 信封（含 jws），提交至 POST /api/v1/reports/verify；" +
            "或以 /.well-known/jwks.json 公布的公钥，使用任一标准 JOSE 库离线验证 ES256 签名。", "note"));
}
