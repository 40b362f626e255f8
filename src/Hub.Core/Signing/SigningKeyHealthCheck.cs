using System.Security.Cryptography;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.Core.Signing;

/// <summary>Ready only while the current key still signs: a process that cannot sign reports or checkpoints must not take work.</summary>
public sealed class SigningKeyHealthCheck(SigningKeys keys) : IHealthCheck
{
    private static readonly byte[] Probe = "health"u8.ToArray();

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var current = keys.Current;
        var data = new Dictionary<string, object> { ["kid"] = current.Kid, ["retired"] = keys.Retired.Count };
        try
        {
            var signature = current.Ecdsa.SignData(Probe, HashAlgorithmName.SHA256);
            return Task.FromResult(current.Ecdsa.VerifyData(Probe, signature, HashAlgorithmName.SHA256)
                ? HealthCheckResult.Healthy("The current key signs.", data)
                : HealthCheckResult.Unhealthy("The current key's signature does not verify.", data: data));
        }
        catch (CryptographicException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The current key cannot sign.", data: data));
        }
    }
}
