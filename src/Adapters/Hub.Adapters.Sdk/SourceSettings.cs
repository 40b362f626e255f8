using Microsoft.Extensions.Configuration;

namespace Hub.Adapters.Sdk;

/// <summary>
/// One source's settings: <c>Sources:{code}</c>, over the deprecated <c>Departments:{code}</c>. Value by value, the
/// new key wins and the old one fills what it leaves unset, so an operator's old environment variables keep working
/// beside the shipped appsettings under the new name.
/// </summary>
public static class SourceSettings
{
    public static IConfiguration Of(IConfiguration configuration, string code) => new ConfigurationBuilder()
        .AddConfiguration(configuration.GetSection($"{SourceOptions.DeprecatedSection}:{code}"), shouldDisposeConfiguration: false)
        .AddConfiguration(configuration.GetSection($"{SourceOptions.Section}:{code}"), shouldDisposeConfiguration: false)
        .Build();

    public static bool UsesDeprecatedSection(IConfiguration configuration, string code) =>
        configuration.GetSection($"{SourceOptions.DeprecatedSection}:{code}").Exists();
}
