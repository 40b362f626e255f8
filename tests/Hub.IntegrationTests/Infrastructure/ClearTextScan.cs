using System.Buffers.Text;
using System.Text;
using Hub.Contracts.Api;

namespace Hub.IntegrationTests.Infrastructure;

/// <summary>
/// Looks through the files a database wrote for a household's personal data in clear: names and ID numbers as UTF-8,
/// and the report's JWS payload in base64url and in base64 — every 64-character piece (48 bytes) that carries a
/// member's name, at every 3-byte step so each name is whole in some piece. Only pieces with a name: the report also
/// holds public text, such as the signing key's kid, which the clear checkpoint signatures share by design.
/// </summary>
public sealed class ClearTextScan
{
    private const int PieceBytes = 48;
    private readonly List<(string Label, byte[] Bytes)> patterns = [];

    public ClearTextScan(SubmitVerificationRequest household, string jws)
    {
        foreach (var member in household.Members!)
        {
            patterns.Add(("name " + member.Name, Encoding.UTF8.GetBytes(member.Name!)));
            patterns.Add(("ID number " + member.IdNumber, Encoding.ASCII.GetBytes(member.IdNumber!)));
        }
        var payload = Base64Url.DecodeFromChars(jws.Split('.')[1]);
        var names = household.Members.Select(m => Encoding.UTF8.GetBytes(m.Name!)).ToList();
        for (var start = 0; start + PieceBytes <= payload.Length; start += 3)
        {
            var piece = payload[start..(start + PieceBytes)];
            if (!names.Any(name => piece.AsSpan().IndexOf(name) >= 0)) continue;
            patterns.Add(($"base64url payload [{start}..]", Encoding.ASCII.GetBytes(Base64Url.EncodeToString(piece))));
            patterns.Add(($"base64 payload [{start}..]", Encoding.ASCII.GetBytes(Convert.ToBase64String(piece))));
        }
        if (!patterns.Any(p => p.Label.StartsWith("base64", StringComparison.Ordinal)))
            throw new ArgumentException("The report names no member, so the scan would have nothing of it to look for.", nameof(jws));
    }

    /// <summary>What was found where, as "label in file"; empty when the files hold none of it.</summary>
    public List<string> Find(IEnumerable<string> files)
    {
        var found = new List<string>();
        foreach (var file in files)
        {
            var content = Read(file);
            found.AddRange(patterns.Where(p => content.AsSpan().IndexOf(p.Bytes) >= 0).Select(p => $"{p.Label} in {file}"));
        }
        return found;
    }

    /// <summary>Whether any of the files holds this text: the positive control that the scan reads the right files.</summary>
    public static bool AnyHolds(IEnumerable<string> files, string text) =>
        files.Any(f => Read(f).AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0);

    /// <summary>Reads a file another process has open for writing.</summary>
    private static byte[] Read(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
