using Hub.Core.Protection;

namespace Hub.Core.Verifications;

/// <summary>A household member. Name and ID number are stored encrypted (<see cref="PersonalData"/>), never in clear.</summary>
public sealed class VerificationMember
{
    public Guid VerificationId { get; init; }
    public int Position { get; init; }
    /// <summary>Bound to <see cref="DataPurpose.MemberName"/>.</summary>
    public required byte[] EncryptedName { get; init; }
    /// <summary>Bound to <see cref="DataPurpose.MemberIdNumber"/>.</summary>
    public required byte[] EncryptedIdNumber { get; init; }
    /// <summary>Blind index: keyed hash of the ID number (<see cref="PersonalData.IdNumberIndex"/>), to find a person's verifications.</summary>
    public required string IdNumberIndex { get; init; }
    public required string Relation { get; init; }

    /// <summary>A member with name and ID number encrypted for this row.</summary>
    public static VerificationMember Create(PersonalData data, Guid verificationId, int position, string name, string idNumber, string relation) => new()
    {
        VerificationId = verificationId,
        Position = position,
        EncryptedName = data.Encrypt(name, DataPurpose.MemberName(verificationId, position)),
        EncryptedIdNumber = data.Encrypt(idNumber, DataPurpose.MemberIdNumber(verificationId, position)),
        IdNumberIndex = data.IdNumberIndex(idNumber),
        Relation = relation,
    };
}
