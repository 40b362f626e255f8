using System.Net.Http.Headers;
using System.Runtime.Versioning;
using Hub.IntegrationTests.Infrastructure;
using Hub.Testing;

namespace Hub.IntegrationTests.Core.Protection;

/// <summary>The embedded mode's SQLite files, read as bytes by someone who got hold of them: no name, no ID number.</summary>
public sealed class When_the_embedded_files_are_read : IAsyncLifetime
{
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly string root = Directory.CreateTempSubdirectory("hub-at-rest-").FullName;
    private string DataFolder => Path.Combine(root, "hub-data");
    private RunningApp api = null!;

    public async Task InitializeAsync() => api = await EmbeddedHub.StartAsync(DataFolder);

    [Fact]
    public async Task The_database_and_its_wal_hold_no_name_or_id_number_in_clear()
    {
        using var client = new HubClient(api.Address, "demo-caller-key");
        var household = Households.RareNames();
        var id = await client.SubmitAcceptedAsync(household);
        Assert.Equal("completed", (await client.WaitUntilFinishedAsync(id)).Status);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/verifications/{id}/report");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/jose"));
        using var response = await client.SendAsync(request);
        var jws = await response.Content.ReadAsStringAsync();

        string[] files = [.. new[] { "hub.db", "hub.db-wal", "hub.db-shm" }.Select(f => Path.Combine(DataFolder, f)).Where(File.Exists)];

        Assert.Contains(Path.Combine(DataFolder, "hub.db-wal"), files);
        Assert.True(ClearTextScan.AnyHolds(files, household.CaseRef!), "the scan should see the case reference, which is stored in clear");
        Assert.Empty(new ClearTextScan(household, jws).Find(files));
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task Database_and_keys_are_readable_by_the_owner_only()
    {
        using var client = new HubClient(api.Address, "demo-caller-key");
        await client.WaitUntilFinishedAsync(await client.SubmitAcceptedAsync(Households.Family()));

        foreach (var folder in new[] { DataFolder, Path.Combine(DataFolder, "protection"), Path.Combine(DataFolder, "signing") })
            Assert.Equal((folder, OwnerOnlyFolder), (folder, File.GetUnixFileMode(folder)));
        foreach (var file in new[] { "hub.db", "hub.db-wal", "hub.db-shm", "protection/master.key", "signing/current.pem" })
            Assert.Equal((file, OwnerOnlyFile), (file, File.GetUnixFileMode(Path.Combine(DataFolder, file))));
    }

    public async Task DisposeAsync()
    {
        await api.DisposeAsync();
        Directory.Delete(root, recursive: true);
    }
}
