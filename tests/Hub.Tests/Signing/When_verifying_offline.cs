using Hub.Api.Signing;
using Hub.Core.Signing;

namespace Hub.Tests.Signing;

/// <summary><c>verify-report FILE --jwks FILE</c>: a saved report checked against a saved JWKS, no network.</summary>
public sealed class When_verifying_offline : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hub-verify-").FullName;
    private readonly SigningKeys keys = SampleReport.NewKeys();
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    private string Save(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private Task<int> RunAsync(string envelope) => VerifyReportCommand.RunAsync(
        [Save("report.json", envelope), "--jwks", Save("jwks.json", Jwks.Document(keys.Published))], output, error);

    [Fact]
    public async Task A_valid_report_exits_zero_and_prints_the_kid()
    {
        var envelope = SampleReport.Envelope(new DocumentSigner(keys).Sign(SampleReport.Document()));

        Assert.Equal(0, await RunAsync(envelope));
        Assert.Equal($"valid: true{Environment.NewLine}kid: {keys.Current.Kid}{Environment.NewLine}", output.ToString());
    }

    [Fact]
    public async Task A_tampered_report_exits_one_with_the_reason()
    {
        var envelope = SampleReport.Envelope(new DocumentSigner(keys).Sign(SampleReport.Document()))
            .Replace("371700", "371701", StringComparison.Ordinal);

        Assert.Equal(1, await RunAsync(envelope));
        Assert.Contains("valid: false", output.ToString());
        Assert.Contains("reason: The report differs from the signed payload.", output.ToString());
    }

    [Fact]
    public async Task Missing_arguments_print_the_usage()
    {
        Assert.Equal(1, await VerifyReportCommand.RunAsync([], output, error));
        Assert.Contains("usage", error.ToString());
    }

    [Fact]
    public async Task A_missing_file_is_reported()
    {
        Assert.Equal(1, await VerifyReportCommand.RunAsync([Path.Combine(folder, "absent.json"), "--jwks", Save("jwks.json", Jwks.Document(keys.Published))], output, error));
        Assert.Contains("absent.json", error.ToString());
    }

    // Issue 7, part 3: each of these aborted the process with exit 134.
    [Theory]
    [InlineData(""" "\ud800" """)]
    [InlineData("""{"report":{"\ud800":1},"jws":"a.b.c"}""")]
    [InlineData("""{"report":{},"jws":"\ud800"}""")]
    public async Task A_lone_surrogate_exits_one_with_the_reason(string input)
    {
        Assert.Equal(1, await RunAsync(input));
        Assert.Contains("valid: false", output.ToString());
        Assert.Contains("reason: ", output.ToString());
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
