using Hub.Web.Signing;
using Hub.Core.Signing;
using Hub.Testing;

namespace Hub.UnitTests.Web.Signing;

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

    [Theory]
    [InlineData("")]
    [InlineData(" \n ")]
    [InlineData("""{"report":{"name":"张伟","idNumber":"11010519491231002X"},"jws":"a.b.c","name":"张伟"}""")]
    [InlineData("""{"report":{"name":"张伟","name":"11010519491231002X"},"jws":"a.b.c"}""")]
    [InlineData("""{"report":{"张伟 11010519491231002X":1e400},"jws":"a.b.c"}""")]
    [InlineData("""{"report":{"name":"张伟 11010519491231002X"}""")]
    [InlineData("张伟 11010519491231002X")]
    public async Task Bad_input_exits_one_without_quoting_it(string input)
    {
        Assert.Equal(1, await RunAsync(input));

        var printed = output.ToString() + error;
        Assert.StartsWith($"valid: false{Environment.NewLine}kid: -{Environment.NewLine}reason: ", printed);
        Assert.DoesNotContain("张伟", printed);
        Assert.DoesNotContain("11010519491231002X", printed);
    }

    [Fact]
    public async Task A_file_that_is_not_utf8_exits_one()
    {
        var path = Path.Combine(folder, "report.json");
        await File.WriteAllBytesAsync(path, [(byte)'{', 0xFF, 0xFE, (byte)'}']);

        Assert.Equal(1, await VerifyReportCommand.RunAsync([path, "--jwks", Save("jwks.json", Jwks.Document(keys.Published))], output, error));
        Assert.Contains("reason: The input is not UTF-8 text.", output.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("\"\\ud800\"")]
    [InlineData("""{"keys":7}""")]
    [InlineData("""{"keys":[{"kty":"EC","crv":"P-256","x":"!","y":"!"}]}""")]
    [InlineData("""{"keys":[{"kty":"EC","crv":"P-256","x":"AAAA","y":"AAAA"}]}""")]
    [InlineData("""{"keys":[{"kty":"EC","crv":"P-256","x":7,"y":"AAAA"}]}""")]
    [InlineData("""{"keys":[{"kty":"EC","crv":"P-256","x":"\ud800","y":"AAAA"}]}""")]
    [InlineData("""{"keys":[{"kty":"RSA","n":"AQAB","e":"AQAB"}]}""")]
    public async Task A_broken_jwks_exits_one_with_the_reason(string jwks)
    {
        var envelope = SampleReport.Envelope(new DocumentSigner(keys).Sign(SampleReport.Document()));

        Assert.Equal(1, await VerifyReportCommand.RunAsync([Save("report.json", envelope), "--jwks", Save("jwks.json", jwks)], output, error));
        Assert.StartsWith("Cannot use the JWKS ", error.ToString());
    }

    [Theory]
    [InlineData("absent-jwks.json")]
    [InlineData("http://127.0.0.1:1/.well-known/jwks.json")]
    [InlineData("http://")]
    public async Task A_jwks_that_cannot_be_fetched_exits_one(string jwks)
    {
        var envelope = SampleReport.Envelope(new DocumentSigner(keys).Sign(SampleReport.Document()));
        var source = jwks.StartsWith("http", StringComparison.Ordinal) ? jwks : Path.Combine(folder, jwks);

        Assert.Equal(1, await VerifyReportCommand.RunAsync([Save("report.json", envelope), "--jwks", source], output, error));
        Assert.StartsWith("Cannot use the JWKS ", error.ToString());
    }

    [Fact]
    public async Task A_folder_given_as_the_report_exits_one()
    {
        Assert.Equal(1, await VerifyReportCommand.RunAsync([folder, "--jwks", Save("jwks.json", Jwks.Document(keys.Published))], output, error));
        Assert.StartsWith("Cannot read ", error.ToString());
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
