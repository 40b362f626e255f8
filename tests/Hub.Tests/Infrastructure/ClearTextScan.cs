using System.Buffers.Text;
using System.Text;
using Hub.Contracts.Api;

namespace Hub.Tests.Infrastructure;

/// <summary>
/// Looks through the files a database wrote for a household's personal data in clear: names and ID numbers as UTF-8,
/// and every 64-character piece of its report's JWS payload in base64url and in base64.
/// </summary>
public sealed class ClearTextScan
{
    private readonly List<(string Label, byte[] Bytes)> patterns = [];

    public ClearTextScan(SubmitVerificationRequest household, string jws)
    {
        foreach (var member in household.Members!)
        {
            patterns.Add(("name " + member.Name, Encoding.UTF8.GetBytes(member.Name!)));
            patterns.Add(("ID number " + member.IdNumber, Encoding.ASCII.GetBytes(member.IdNumber!)));
        }
        var payload = jws.Split('.')[1];
        AddPieces("base64url payload", payload);
        AddPieces("base64 payload", Convert.ToBase64String(Base64Url.DecodeFromChars(payload)));
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

    private void AddPieces(string label, string text)
    {
        for (var i = 0; i + 64 <= text.Length; i += 64) patterns.Add(($"{label} [{i}..]", Encoding.ASCII.GetBytes(text.Substring(i, 64))));
    }

    /// <summary>Reads a file another process has open for writing.</summary>
    private static byte[] Read(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
