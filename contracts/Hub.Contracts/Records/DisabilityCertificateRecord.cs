namespace Hub.Contracts.Records;

/// <summary>A member's disability certificate (中华人民共和国残疾人证), as the disabled persons' federation (残联) keeps it.</summary>
/// <param name="MemberPosition">Position of the member in the submitted household (0-based).</param>
/// <param name="CertificateNumberMasked">The certificate number embeds the ID number: only its last four characters are kept.</param>
/// <param name="Category">One of <see cref="DisabilityCategories"/>.</param>
/// <param name="Grade">1–4, 一级 (most severe) to 四级.</param>
/// <param name="Status">One of <see cref="CertificateStatuses"/>, as the federation reports it; check <paramref name="ValidUntil"/> as well.</param>
public sealed record DisabilityCertificateRecord(
    int MemberPosition, string CertificateNumberMasked, string Category, int Grade, string Status, DateOnly IssuedOn, DateOnly ValidUntil);
