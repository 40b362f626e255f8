using System.Net;
using System.Text.Json;
using Hub.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hub.IntegrationTests.Web.Verifications;

/// <summary>
/// <c>X-User-Id</c> on a report read goes into the audit trail. It used to be cut to 64 UTF-16 units, which
/// split 𠮷 in two: PostgreSQL refused the lone half and the read answered 500. Now it is checked by the caller-text
/// rule (64 code points, 192 UTF-8 bytes) and recorded as sent, or refused.
/// </summary>
[Collection(HardenedCollection.Name)]
public sealed class When_a_report_reader_names_a_long_user_id(HardenedStack stack)
{
    [Fact]
    public async Task A_user_id_over_64_characters_is_refused_and_nothing_is_written()
    {
        var before = await stack.CountRowsAsync();

        using var response = await ReadReportAsync(new string('u', 64) + "𠮷");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty("X-User-Id", out _), problem.ToString());
        Assert.Equal(before, await stack.CountRowsAsync());
    }

    [Theory]
    [InlineData(63, 1)] // the input that answered 500: 65 UTF-16 units, 64 characters
    [InlineData(0, 32)]
    [InlineData(0, 48)] // 48 characters, 192 bytes in UTF-8: the byte limit exactly
    public async Task A_user_id_of_at_most_64_characters_with_supplementary_cjk_is_recorded_whole(int ascii, int supplementary)
    {
        var userId = new string('u', ascii) + string.Concat(Enumerable.Repeat("𠮷", supplementary));

        using var response = await ReadReportAsync(userId);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = stack.Database();
        var recorded = await db.AuditEvents.Where(e => e.VerificationId == stack.FinishedId && e.Kind == Hub.Core.Audit.AuditEventKind.ReportRead)
            .OrderByDescending(e => e.Id).Select(e => e.UserId).FirstAsync();
        Assert.Equal(userId, recorded);
    }

    private async Task<HttpResponseMessage> ReadReportAsync(string userId)
    {
        using var http = HostileRequest.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(stack.Api.Address, $"/api/v1/verifications/{stack.FinishedId}/report"));
        request.Headers.Add("X-Api-Key", Infrastructure.TestKeys.CallerAll);
        request.Headers.TryAddWithoutValidation("X-User-Id", userId);
        return await http.SendAsync(request);
    }
}
