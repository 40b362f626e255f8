using Hub.Web.Access;
using Hub.Api;
using Hub.Core.Protection;
using Hub.IntegrationTests.Infrastructure;
using Hub.Workers;

namespace Hub.IntegrationTests.ServiceDefaults;

/// <summary>Production refuses to start rather than run open or lose accepted work.</summary>
public sealed class When_production_is_misconfigured
{
    private static readonly string[] Production =
    [
        "--Database:Provider=Postgres", "--Database:ConnectionString=Host=127.0.0.1;Port=1",
        "--Bus:Transport=RabbitMq", "--Bus:RabbitMqUrl=amqp://127.0.0.1:1/", "--Hub:Sources:0=tax",
    ];

    [Fact]
    public void Without_api_keys_it_refuses_to_start()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ApiHost.Build(Production));
        Assert.Contains("API keys", error.Message);
    }

    [Fact]
    public void With_a_demo_key_it_refuses_to_start()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ApiHost.Build(
        [
            .. Production, "--Auth:ApiKeys:0:Name=x", $"--Auth:ApiKeys:0:KeySha256={ApiKeyHash.Of("demo-caller-key")}",
            "--Auth:ApiKeys:0:Role=caller", "--Auth:ApiKeys:0:Jurisdictions:0=*",
        ]));
        Assert.Contains("demo", error.Message);
    }

    [Fact]
    public void With_a_file_database_it_refuses_to_start()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ApiHost.Build(["--Database:Provider=Sqlite"]));
        Assert.Contains("Postgres", error.Message);
    }

    [Fact]
    public void Without_a_master_key_the_api_refuses_to_start()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            ApiHost.Build([.. Production, .. TestKeys.AsArguments(), .. TestSigningKey.AsArguments()]));
        Assert.Contains("Protection:MasterKey", error.Message);
    }

    [Fact]
    public void Without_a_master_key_an_aggregator_worker_refuses_to_start()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            WorkersHost.Build([.. Production, .. TestSigningKey.AsArguments(), .. TestDepartments.Arguments(new Uri("http://127.0.0.1:1/"))]));
        Assert.Contains("Protection:MasterKey", error.Message);
    }

    [Fact]
    public void A_master_key_that_is_not_32_bytes_is_refused_without_being_shown()
    {
        var file = TestMasterKey.Write("c2hvcnQtc2VjcmV0");

        var error = Assert.Throws<InvalidOperationException>(() =>
            MasterKeyFiles.Load(new ProtectionOptions { MasterKey = new MasterKeySource { File = file } }, allowGeneratedKey: false));

        Assert.Contains(file, error.Message);
        Assert.DoesNotContain("c2hvcnQtc2VjcmV0", error.Message);
    }

    [Fact]
    public void A_master_key_variable_that_is_not_set_is_named()
    {
        var variable = "HUB_TEST_UNSET_" + Guid.NewGuid().ToString("N");

        var error = Assert.Throws<InvalidOperationException>(() =>
            MasterKeyFiles.Load(new ProtectionOptions { MasterKey = new MasterKeySource { Variable = variable } }, allowGeneratedKey: false));

        Assert.Contains(variable, error.Message);
    }

    [Fact]
    public void The_production_api_refuses_to_start_without_a_signing_key()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ApiHost.Build(
        [
            "--Database:Provider=Postgres", "--Database:ConnectionString=Host=127.0.0.1;Port=1",
            "--Bus:Transport=RabbitMq", "--Bus:RabbitMqUrl=amqp://127.0.0.1:1/", "--Hub:Sources:0=tax",
            .. TestKeys.AsArguments(),
        ]));
        Assert.Contains("Signing:CurrentKeyPath", error.Message);
    }
}
