using System.Text.Json;
using System.Xml.Linq;

namespace Hub.UnitTests;

/// <summary>The shape of the solution: hosts stand on libraries, never on each other.</summary>
public sealed class When_the_projects_are_read
{
    private static readonly string Root = FindRoot();

    [Fact]
    public void No_executable_project_references_another_executable_project()
    {
        var projects = Directory.GetFiles(Path.Combine(Root, "src"), "*.csproj", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(Root, "tools"), "*.csproj", SearchOption.AllDirectories))
            .ToDictionary(Path.GetFullPath, XDocument.Load);
        var executables = projects.Where(p => IsExecutable(p.Value)).Select(p => p.Key).ToHashSet();
        Assert.Contains(executables, p => p.EndsWith("Hub.Api.csproj", StringComparison.Ordinal));

        var offending = from project in projects
                        where executables.Contains(project.Key)
                        from reference in References(project.Key, project.Value)
                        where executables.Contains(reference)
                        select $"{Path.GetFileName(project.Key)} → {Path.GetFileName(reference)}";
        Assert.Empty(offending);
    }

    [Fact]
    public void The_production_api_ships_no_adapter_and_no_simulator()
    {
        var deps = Directory.GetFiles(Path.Combine(Root, "src", "Hub.Api", "bin", Configuration()), "Hub.Api.deps.json", SearchOption.AllDirectories).Single();
        using var document = JsonDocument.Parse(File.ReadAllText(deps));
        var libraries = document.RootElement.GetProperty("libraries").EnumerateObject().Select(l => l.Name).ToList();

        Assert.Contains(libraries, l => l.StartsWith("Hub.Web/", StringComparison.Ordinal));
        Assert.DoesNotContain(libraries, l => l.StartsWith("Hub.Adapters", StringComparison.Ordinal));
        Assert.DoesNotContain(libraries, l => l.StartsWith("Hub.Simulators", StringComparison.Ordinal));
        var output = Path.GetDirectoryName(deps)!;
        Assert.Empty(Directory.GetFiles(output, "Hub.Adapters*.dll").Concat(Directory.GetFiles(output, "Hub.Simulators*.dll")));
    }

    [Fact]
    public void The_core_needs_no_web_framework()
    {
        var core = typeof(Hub.Core.Persistence.HubDbContext).Assembly.GetReferencedAssemblies();
        Assert.DoesNotContain(core, a => a.Name!.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(XDocument.Load(Path.Combine(Root, "src", "Hub.Core", "Hub.Core.csproj")).Descendants("FrameworkReference"), _ => true);
    }

    private static bool IsExecutable(XDocument project) =>
        project.Root!.Attribute("Sdk")?.Value == "Microsoft.NET.Sdk.Web"
        || project.Descendants("OutputType").Any(o => o.Value.Equals("Exe", StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<string> References(string path, XDocument project) =>
        project.Descendants("ProjectReference")
            .Select(r => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, r.Attribute("Include")!.Value.Replace('\\', '/'))));

    /// <summary>Release or Debug: the one this test assembly was built in, which built the hosts too.</summary>
    private static string Configuration() =>
        AppContext.BaseDirectory.Split(Path.DirectorySeparatorChar).Reverse().Skip(2).First();

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "Hub.sln"))) return folder.FullName;
        throw new InvalidOperationException("Hub.sln not found above the test output.");
    }
}
