using System.Security.Cryptography;
using System.Text;
using Hub.Web.Verifications.Printable;
using Hub.Web.Verifications.Printable.Sections;
using Hub.Contracts.Api;

namespace Hub.Web.Verifications;

/// <summary>The report as a printable Chinese page (A4) for the case file; every value is HTML-encoded.</summary>
public static class ReportPage
{
    /// <summary>
    /// The page loads nothing and runs nothing: only its own style sheet, allowed by hash, so a value that
    /// slipped past the encoder still could not add a script, a style or a form, nor the page be framed.
    /// </summary>
    public static readonly string ContentSecurityPolicy =
        $"default-src 'none'; style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(PrintStyle.Css)))}'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static string Render(VerificationReport report)
    {
        var members = new MemberNames(report.Members);
        return PageWriter.Document(HeaderSection.Title, PrintStyle.Css, page =>
        {
            HeaderSection.Write(page, report);
            MembersSection.Write(page, report);
            ConclusionSection.Write(page, report);
            GraduationSection.Write(page, report);
            IncomeSection.Write(page, report, members);
            DeclarationsSection.Write(page, report, members);
            FindingsSection.Write(page, report);
            RecheckSection.Write(page, report);
            HouseholdMetricsSection.Write(page, report);
            PolicySection.Write(page, report);
            SourcesSection.Write(page, report, members);
            VerificationSection.Write(page, report);
            SignatureSection.Write(page);
        });
    }
}
