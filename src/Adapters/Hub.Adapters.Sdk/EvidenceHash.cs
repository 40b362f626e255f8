using System.Security.Cryptography;

namespace Hub.Adapters.Sdk;

/// <summary>SHA-256 of a department's raw answer: lets anyone holding the answer prove it is the one the report rests on.</summary>
public static class EvidenceHash
{
    public static string Of(byte[] answer) => Convert.ToHexStringLower(SHA256.HashData(answer));
}
