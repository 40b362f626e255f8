using System.Globalization;
using System.Text.Json;

namespace Hub.Bench;

/// <summary>The JSON body of one benchmark verification, built from its index so runs are reproducible.</summary>
public static class VerificationRequests
{
    private static readonly string[] Names = ["张三", "李四", "王五", "赵六", "钱七", "孙八", "周九", "吴十"];
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // Keep the Chinese names readable on the wire, as a real caller would send them.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string CaseRef(int index) => $"BENCH-{index:000000}";

    public static string Body(int index, int members, IReadOnlyList<string>? sources, DateOnly today)
    {
        var people = Enumerable.Range(0, members).Select(m => new
        {
            name = Names[(index + m) % Names.Length],
            idNumber = IdNumbers.For((long)index * members + m),
            relation = m switch { 0 => "applicant", 1 => "spouse", _ => "child" },
        }).ToList();
        var body = new
        {
            caseRef = CaseRef(index),
            jurisdiction = "371700",
            assistanceType = "minimum_living",
            residence = "urban",
            members = people,
            consent = new
            {
                reference = "SQ-BENCH",
                signedOn = Date(today.AddDays(-30)),
                validUntil = Date(today.AddDays(300)),
                signedBy = people.Select(p => p.idNumber).ToList(),
            },
            sources,
            callbackUrl = (string?)null,
        };
        return JsonSerializer.Serialize(body, Json);
    }

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
