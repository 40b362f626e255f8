using System.Text.Json.Nodes;
using Hub.Core.Signing;

namespace Hub.Testing;

/// <summary>A report-shaped document and the envelope the report endpoint would serve for it.</summary>
public static class SampleReport
{
    public static JsonObject Document() => new()
    {
        ["verificationId"] = "0b4f6a52-8d61-4c4e-9b43-2f6f1f1d7a10",
        ["jurisdiction"] = "371700",
        ["members"] = new JsonArray(new JsonObject { ["position"] = 1, ["name"] = "张伟", ["idNumber"] = "110105********002X" }),
        ["metrics"] = new JsonObject { ["monthlyIncomePerCapita"] = 1234.50m, ["householdSize"] = 3 },
        ["issuedAt"] = "2026-11-22T08:00:00+00:00",
    };

    public static SigningKeys NewKeys() => new(SigningKey.Generate(), []);

    public static string Envelope(SignedDocument signed) => SignedEnvelope.Write(signed.CanonicalJson, signed.Jws);
}
