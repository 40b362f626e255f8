namespace Hub.Simulators.Disability;

/// <summary>A disability certificate (残疾人证) as the federation's register holds it.</summary>
/// <param name="CertificateNumber">The ID number followed by the category and grade digits, as on the second-generation certificate.</param>
/// <param name="CategoryCode">残疾类别: 1 视力, 2 听力, 3 言语, 4 肢体, 5 智力, 6 精神, 7 多重.</param>
/// <param name="Grade">残疾等级 1–4, 一级 the most severe.</param>
/// <param name="Status">证件状态 as printed: 有效, 过期 or 注销.</param>
public sealed record DisabilityCertificate(
    string CertificateNumber, int CategoryCode, int Grade, DateOnly IssuedOn, DateOnly ValidUntil, string Status);
