using System.Security.Cryptography;
using System.Text;

namespace Hub.Simulators;

/// <summary>Deterministic pseudo-random numbers per ID number, so a person's synthetic records never change.</summary>
public sealed class PersonSeed(string idNumber, string department)
{
    private readonly Random random = new(BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes(department + ":" + idNumber))));

    public int Next(int maxExclusive) => random.Next(maxExclusive);

    /// <summary>A whole-yuan amount in [min, max) with two decimals.</summary>
    public decimal Amount(int min, int max) => random.Next(min * 100, max * 100) / 100m;
}
