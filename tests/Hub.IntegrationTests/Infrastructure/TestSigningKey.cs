using Hub.Core.Signing;

namespace Hub.IntegrationTests.Infrastructure;

/// <summary>The report signing key of the production-mode fixtures: one PEM file per test run.</summary>
public static class TestSigningKey
{
    private static readonly Lazy<string> Path = new(() =>
    {
        var path = System.IO.Path.Combine(Directory.CreateTempSubdirectory("hub-signing-").FullName, "current.pem");
        File.WriteAllText(path, SigningKey.Generate().ExportPrivatePem());
        return path;
    });

    public static IEnumerable<string> AsArguments() => [$"--Signing:CurrentKeyPath={Path.Value}"];
}
