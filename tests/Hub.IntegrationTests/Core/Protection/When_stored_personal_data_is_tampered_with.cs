using System.Net;
using System.Text.Json;
using Hub.Core.Protection;
using Hub.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.IntegrationTests.Core.Protection;

/// <summary>Someone with write access to the database changes or moves ciphertexts: the hub says so, and never serves them.</summary>
[Collection(PipelineCollection.Name)]
public sealed class When_stored_personal_data_is_tampered_with(ProductionStack stack)
{
    private PersonalData Data => stack.Api.Services.GetRequiredService<PersonalData>();

    [Fact]
    public async Task A_changed_byte_in_a_report_is_a_clear_hub_error()
    {
        using var client = stack.Client();
        var id = await client.SubmitAcceptedAsync(Households.Family());
        await client.WaitUntilFinishedAsync(id);
        await using (var db = stack.Database())
        {
            var stored = await db.Verifications.Where(v => v.Id == id).Select(v => v.EncryptedReport!).SingleAsync();
            stored[^1] ^= 1;
            await db.Verifications.Where(v => v.Id == id).ExecuteUpdateAsync(s => s.SetProperty(v => v.EncryptedReport, stored));
        }

        using var response = await client.GetAsync($"/api/v1/verifications/{id}/report");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Stored report unreadable", problem.GetProperty("title").GetString());
        Assert.Contains("hub's fault", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_report_copied_to_another_verification_does_not_decrypt_there()
    {
        using var client = stack.Client();
        var original = await client.SubmitAcceptedAsync(Households.Family());
        var other = await client.SubmitAcceptedAsync(Households.Family());
        await client.WaitUntilFinishedAsync(original);
        await client.WaitUntilFinishedAsync(other);
        await using (var db = stack.Database())
        {
            var copied = await db.Verifications.Where(v => v.Id == original).Select(v => new { v.EncryptedReport, v.EncryptedReportJws }).SingleAsync();
            await db.Verifications.Where(v => v.Id == other).ExecuteUpdateAsync(s => s
                .SetProperty(v => v.EncryptedReport, copied.EncryptedReport).SetProperty(v => v.EncryptedReportJws, copied.EncryptedReportJws));
        }

        using var moved = await client.GetAsync($"/api/v1/verifications/{other}/report");
        using var source = await client.GetAsync($"/api/v1/verifications/{original}/report");

        Assert.Equal((HttpStatusCode.InternalServerError, HttpStatusCode.OK), (moved.StatusCode, source.StatusCode));
    }

    [Fact]
    public async Task A_value_read_for_another_column_names_the_column_and_shows_nothing()
    {
        var verification = Guid.CreateVersion7();
        var name = Data.Encrypt("𠮷田明", DataPurpose.MemberName(verification, 0));

        Assert.Equal("𠮷田明", await Data.DecryptAsync(name, DataPurpose.MemberName(verification, 0), CancellationToken.None));
        var asIdNumber = await Assert.ThrowsAsync<UnreadableDataException>(() =>
            Data.DecryptAsync(name, DataPurpose.MemberIdNumber(verification, 0), CancellationToken.None).AsTask());
        var asOtherRow = await Assert.ThrowsAsync<UnreadableDataException>(() =>
            Data.DecryptAsync(name, DataPurpose.MemberName(verification, 1), CancellationToken.None).AsTask());
        var truncated = await Assert.ThrowsAsync<UnreadableDataException>(() =>
            Data.DecryptAsync(name[..10], DataPurpose.MemberName(verification, 0), CancellationToken.None).AsTask());

        Assert.Contains("verification_members.IdNumber", asIdNumber.Message);
        Assert.Contains("integrity check", asOtherRow.Message);
        Assert.Contains("not a ciphertext", truncated.Message);
        Assert.All([asIdNumber, asOtherRow, truncated], e => Assert.DoesNotContain("田", e.Message));
    }

    [Fact]
    public async Task A_ciphertext_under_an_unknown_data_key_is_refused()
    {
        var stored = Data.Encrypt("欧阳娜娜", DataPurpose.Report(Guid.Empty));
        Guid.NewGuid().TryWriteBytes(stored.AsSpan(1, 16));

        var error = await Assert.ThrowsAsync<UnreadableDataException>(() =>
            Data.DecryptAsync(stored, DataPurpose.Report(Guid.Empty), CancellationToken.None).AsTask());

        Assert.Contains("does not hold", error.Message);
    }
}
