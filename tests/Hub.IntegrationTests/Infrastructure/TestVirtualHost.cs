using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace Hub.IntegrationTests.Infrastructure;

/// <summary>A fresh RabbitMQ virtual host per fixture: same queue names, no cross-talk between fixtures.</summary>
public static class TestVirtualHost
{
    public static async Task<Uri> CreateAsync()
    {
        var name = "hub-" + Guid.NewGuid().ToString("N")[..12];
        var management = TestServers.RabbitMqManagement;
        using var http = new HttpClient { BaseAddress = new Uri(management.GetLeftPart(UriPartial.Authority)) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(management.UserInfo))));
        (await http.PutAsync($"/api/vhosts/{name}", null)).EnsureSuccessStatusCode();
        (await http.PutAsJsonAsync($"/api/permissions/{name}/guest", new { configure = ".*", write = ".*", read = ".*" }))
            .EnsureSuccessStatusCode();
        return new UriBuilder(TestServers.RabbitMq) { Path = "/" + name }.Uri;
    }
}
