using Hub.Adapters.Sdk;
using Hub.Adapters.Tax;
using Hub.IntegrationTests.Infrastructure;
using Hub.Testing;
using Microsoft.Extensions.Logging;

namespace Hub.IntegrationTests.Adapters.Sdk;

/// <summary>
/// Issue 9: a source's settings moved from <c>Departments:{code}</c> to <c>Sources:{code}</c>. The old name still
/// works for one release, value by value where the new one is unset, and says once that it is deprecated.
/// The tax simulator refuses unsigned requests, so an answer shows the signing keys were read too.
/// </summary>
public sealed class When_a_source_is_configured
{
    [Fact]
    public async Task Settings_under_the_new_name_are_used_without_a_warning()
    {
        await using var harness = await AdapterHarness<TaxAdapter>.StartWithAsync(url => AdapterHarness<TaxAdapter>.Connection("Sources", url));

        await harness.AnsweredAsync(AdapterHarness<TaxAdapter>.Command(TestIds.Adult()));

        Assert.DoesNotContain(harness.Logs.All, l => l.Category == typeof(DeprecatedSectionWarning).FullName);
    }

    [Fact]
    public async Task Settings_under_the_old_name_still_work_and_are_warned_about_once_without_their_values()
    {
        await using var harness = await AdapterHarness<TaxAdapter>.StartWithAsync(url => AdapterHarness<TaxAdapter>.Connection("Departments", url));

        await harness.AnsweredAsync(AdapterHarness<TaxAdapter>.Command(TestIds.Adult()));
        await harness.AnsweredAsync(AdapterHarness<TaxAdapter>.Command(TestIds.Adult()));

        var warning = Assert.Single(harness.Logs.All, l => l.Category == typeof(DeprecatedSectionWarning).FullName);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("Departments:tax", warning.Message);
        Assert.Contains("Sources:tax", warning.Message);
        Assert.DoesNotContain("hub-demo", warning.Message);
        Assert.DoesNotContain("demo-signing-secret", warning.Message);
        Assert.DoesNotContain(harness.Simulators.Address.Authority, warning.Message);
    }

    [Fact]
    public async Task The_new_name_wins_where_both_are_set_and_the_old_one_fills_what_the_new_one_leaves_unset()
    {
        await using var harness = await AdapterHarness<TaxAdapter>.StartWithAsync(url => new()
        {
            ["Sources:tax:BaseUrl"] = new Uri(url, "/tax/").ToString(),
            // Nothing listens on port 1: the query could not be answered if the old address were used.
            ["Departments:tax:BaseUrl"] = "http://127.0.0.1:1/tax/",
            ["Departments:tax:AppKey"] = "hub-demo",
            ["Departments:tax:AppSecret"] = "demo-signing-secret",
        });

        await harness.AnsweredAsync(AdapterHarness<TaxAdapter>.Command(TestIds.Adult()));
    }
}
