using System.Text.Json;
using CsCheck;
using Hub.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Hub.IntegrationTests.Web.Verifications;

/// <summary>
/// Thousands of generated requests against the started production API (Kestrel, PostgreSQL): whatever
/// comes in, the hub never answers 5xx, every 4xx is an RFC 9457 problem with the hardened headers, and a
/// rejected request writes no row. CsCheck prints the seed and the smallest failing request it found;
/// set <c>CsCheck_Seed</c> to replay it.
/// </summary>
[Collection(HardenedCollection.Name)]
public sealed class When_input_is_hostile(HardenedStack stack, ITestOutputHelper output) : IDisposable
{
    private readonly HttpClient http = HostileRequest.Client();
    private readonly HostileRequests requests = new(stack);
    private RowCounts? rows;

    [Fact]
    public Task Submissions() => SampleAsync(requests.Submit(), 800);

    [Fact]
    public Task Status_reads() => SampleAsync(requests.ReadStatus(), 400);

    [Fact]
    public Task Report_reads() => SampleAsync(requests.ReadReport(), 500);

    [Fact]
    public Task Audit_reads() => SampleAsync(requests.ReadAudit(), 300);

    [Fact]
    public Task Report_checks() => SampleAsync(requests.CheckReport(), 600);

    [Fact]
    public Task Any_method_on_any_path() => SampleAsync(requests.AnyEndpoint(), 400);

    /// <summary>One request at a time, so the row counts around each belong to it alone.</summary>
    private async Task SampleAsync(Gen<HostileRequest> gen, long iterations)
    {
        rows = await stack.CountRowsAsync();
        await gen.SampleAsync(SendAsync, writeLine: output.WriteLine, iter: iterations, threads: 1, print: r => r.ToString());
    }

    /// <summary>Sends one request, checks the answer, and names its status for CsCheck's summary table.</summary>
    private async Task<string> SendAsync(HostileRequest request)
    {
        using var message = request.ToMessage(stack.Api.Address);
        using var response = await http.SendAsync(message);
        var status = (int)response.StatusCode;
        var path = request.Target.Split('?')[0];
        if (status >= 500) Assert.Fail($"{status}: {await response.Content.ReadAsStringAsync()}");
        var title = HardenedResponse.RefusedByKestrel(response) ? "refused by Kestrel" : await HardenedResponse.AssertAsync(response, path);

        var now = await stack.CountRowsAsync();
        if (HardenedResponse.IsClientError(response.StatusCode))
            Assert.True(now == rows, $"{status} but rows changed: {rows} → {now}");
        rows = now;
        return $"{status} {title}".TrimEnd();
    }

    public void Dispose() => http.Dispose();
}
