using Hub.Contracts.Records;

namespace Hub.Core.HouseholdMetrics;

/// <summary>
/// Decides, from the pack's <see cref="VehicleExemption"/>s, which vehicles the asset test leaves out. An exemption that
/// needs the owner's disability certificate rests on the disability records as well; when those are missing, the
/// vehicle's status is unknown rather than guessed.
/// </summary>
internal static class VehicleAssessment
{
    public enum Status { Counted, Exempt, Unknown }

    public static Status Of(VehicleRecord vehicle, IReadOnlyList<VehicleExemption> exemptions, CanonicalRecords? disability, DateOnly today)
    {
        var unknown = false;
        foreach (var exemption in exemptions.Where(e => Matches(e, vehicle)))
        {
            if (!exemption.RequiresDisabilityCertificate) return Status.Exempt;
            if (disability is null) unknown = true;
            else if (HoldsValidCertificate(disability, vehicle.MemberPosition, today)) return Status.Exempt;
        }
        return unknown ? Status.Unknown : Status.Counted;
    }

    /// <summary>Whether an exemption needs the disability records to decide this vehicle.</summary>
    public static bool NeedsDisabilityRecords(VehicleRecord vehicle, IReadOnlyList<VehicleExemption> exemptions) =>
        exemptions.Any(e => e.RequiresDisabilityCertificate && Matches(e, vehicle));

    private static bool HoldsValidCertificate(CanonicalRecords disability, int position, DateOnly today) =>
        disability.DisabilityCertificates.Any(c => c.MemberPosition == position && c.Status == CertificateStatuses.Valid && c.ValidUntil >= today);

    private static bool Matches(VehicleExemption exemption, VehicleRecord vehicle) =>
        exemption.Uses.Contains(vehicle.Use)
        && (exemption.Types is null || exemption.Types.Contains(vehicle.VehicleType))
        && (exemption.MaxValue is not { } max || vehicle.ValueCny <= max);
}
