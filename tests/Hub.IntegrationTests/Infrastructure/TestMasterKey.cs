using Hub.Core.Protection;

namespace Hub.IntegrationTests.Infrastructure;

/// <summary>The master key of the production-mode fixtures: one file per test run, shared by API and workers.</summary>
public static class TestMasterKey
{
    private static readonly Lazy<string> Path = new(() => Write(MasterKey.Generate()));

    public static IEnumerable<string> AsArguments() => [$"--Protection:MasterKey:File={Path.Value}"];

    /// <summary>A key file of its own, for tests that rotate keys.</summary>
    public static string Write(string key)
    {
        var path = System.IO.Path.Combine(Directory.CreateTempSubdirectory("hub-master-").FullName, "master.key");
        File.WriteAllText(path, key);
        return path;
    }
}
