using Hub.Core.Persistence;
using Hub.Core.Protection;
using Hub.IntegrationTests.Infrastructure;
using Hub.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.IntegrationTests.Core.Protection;

/// <summary>
/// Master key A is replaced by B: B current with A retired re-wraps the data keys, after which B alone reads everything
/// written under A, new data keys join without old ciphertexts going unreadable, and A alone no longer starts.
/// </summary>
public sealed class When_the_master_key_rotates : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hub-rotation-").FullName;
    private readonly string keyA = TestMasterKey.Write(MasterKey.Generate());
    private readonly string keyB = TestMasterKey.Write(MasterKey.Generate());
    private readonly string variable = "HUB_TEST_MASTER_KEY_" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Everything_written_under_the_old_key_stays_readable()
    {
        var household = Households.RareNames();
        Guid id;
        string report, index;
        await using (var api = await EmbeddedHub.StartAsync(folder, $"--Protection:MasterKey:File={keyA}"))
        {
            using var client = new HubClient(api.Address, "demo-caller-key");
            id = await client.SubmitAcceptedAsync(household);
            await client.WaitUntilFinishedAsync(id);
            report = await ReportAsync(client, id);
            index = await StoredIndexAsync(api, id);
        }

        // B through an environment variable, A as a retired file: every data key moves under B.
        Environment.SetEnvironmentVariable(variable, File.ReadAllText(keyB));
        await using (var api = await EmbeddedHub.StartAsync(folder,
                         $"--Protection:MasterKey:Variable={variable}", $"--Protection:RetiredMasterKeys:0:File={keyA}"))
        {
            using var client = new HubClient(api.Address, "demo-caller-key");
            Assert.Equal(report, await ReportAsync(client, id));
            Assert.All(await MasterKeyIdsAsync(api), mk => Assert.Equal(IdOf(keyB), mk));
        }

        // B alone, with a new data key at start-up: old and new ciphertexts side by side, and the same blind index.
        await using (var api = await EmbeddedHub.StartAsync(folder, $"--Protection:MasterKey:File={keyB}", "--Protection:DataKeyLifetime=00:00:00"))
        {
            using var client = new HubClient(api.Address, "demo-caller-key");
            Assert.Equal(report, await ReportAsync(client, id));
            var next = await client.SubmitAcceptedAsync(Households.Family());
            Assert.Equal("completed", (await client.WaitUntilFinishedAsync(next)).Status);
            await ReportAsync(client, next);
            Assert.True((await MasterKeyIdsAsync(api)).Count >= 3, "index key and two encryption keys");
            Assert.Equal(index, await StoredIndexAsync(api, id));
            Assert.Equal(index, api.Services.GetRequiredService<PersonalData>().IdNumberIndex(household.Members![0].IdNumber!));
        }

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            EmbeddedHub.StartAsync(folder, $"--Protection:MasterKey:File={keyA}"));
        Assert.Contains($"master key {IdOf(keyB)}, which is not configured", refused.Message);
    }

    private static string IdOf(string keyFile) => MasterKey.Parse(File.ReadAllText(keyFile), keyFile).Id;

    private static async Task<string> ReportAsync(HubClient client, Guid id)
    {
        using var response = await client.GetAsync($"/api/v1/verifications/{id}/report");
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<List<string>> MasterKeyIdsAsync(RunningApp api)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HubDbContext>().DataKeys.Select(k => k.MasterKeyId).ToListAsync();
    }

    private static async Task<string> StoredIndexAsync(RunningApp api, Guid id)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HubDbContext>().Verifications.Where(v => v.Id == id)
            .SelectMany(v => v.Members).Where(m => m.Position == 0).Select(m => m.IdNumberIndex).SingleAsync();
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(variable, null);
        Directory.Delete(folder, recursive: true);
        foreach (var key in new[] { keyA, keyB }) Directory.Delete(Path.GetDirectoryName(key)!, recursive: true);
    }
}
