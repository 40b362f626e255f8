using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Web.Hosting;

/// <summary>
/// The hub terminates TLS itself with a certificate from configuration (Kestrel's own
/// <c>Kestrel:Endpoints:Https:Certificate:Path/KeyPath</c>) and then tells browsers to stay on https.
/// </summary>
public sealed class When_served_over_https : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("hub-tls-").FullName;
    private X509Certificate2 certificate = null!;
    private QuietEmbeddedApi api = null!;

    public async Task InitializeAsync()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=hub.test", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("hub.test");
        request.CertificateExtensions.Add(names.Build());
        certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var certificatePath = Path.Combine(folder, "hub.crt");
        var keyPath = Path.Combine(folder, "hub.key");
        await File.WriteAllTextAsync(certificatePath, certificate.ExportCertificatePem());
        await File.WriteAllTextAsync(keyPath, key.ExportPkcs8PrivateKeyPem());

        api = await QuietEmbeddedApi.StartAsync(
            "--Kestrel:Endpoints:Https:Url=https://127.0.0.1:0",
            $"--Kestrel:Endpoints:Https:Certificate:Path={certificatePath}",
            $"--Kestrel:Endpoints:Https:Certificate:KeyPath={keyPath}");
    }

    [Theory]
    [InlineData("/health/live", HttpStatusCode.OK)]
    [InlineData("/api/v1/verifications/00000000-0000-0000-0000-000000000001", HttpStatusCode.Unauthorized)]
    public async Task Answers_carry_HSTS(string path, HttpStatusCode expected)
    {
        Assert.Equal("https", api.App.Address.Scheme);
        using var http = new HttpClient(new SocketsHttpHandler
        {
            // Trust exactly the certificate the test made, nothing else.
            SslOptions = { RemoteCertificateValidationCallback = (_, presented, _, _) => presented?.GetCertHashString() == certificate.GetCertHashString() },
        }) { BaseAddress = api.App.Address };
        // ASP.NET Core leaves HSTS off for localhost and loopback addresses, so browsers on a developer's
        // machine do not pin them; a real host name is what production serves.
        using var request = new HttpRequestMessage(HttpMethod.Get, path) { Headers = { Host = "hub.test" } };

        using var response = await http.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single());
        await HardenedResponse.AssertAsync(response, path);
    }

    public async Task DisposeAsync()
    {
        await api.DisposeAsync();
        certificate.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
