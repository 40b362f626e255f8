namespace Hub.Contracts.Records;

/// <summary>Real estate registered to a member (不动产登记).</summary>
/// <param name="CertificateNumber">The registration certificate number (不动产权证书号).</param>
/// <param name="Use">One of <see cref="PropertyUses"/>.</param>
/// <param name="AreaSqm">Building area in square metres.</param>
/// <param name="Share">The member's share of the property, 0–1 (1 for sole ownership).</param>
/// <param name="ShareBasis">One of <see cref="PropertyShareBases"/>: stated by the registry, or derived by the adapter.</param>
public sealed record PropertyRecord(
    int MemberPosition, string CertificateNumber, string Address, string Use, decimal AreaSqm, decimal Share, string ShareBasis, DateOnly AcquiredOn);
