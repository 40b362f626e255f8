using Hub.Api.Access;
using Hub.Api.Hosting;

namespace Hub.Tests.Embedded;

/// <summary>Production refuses to start rather than run open or lose accepted work.</summary>
public sealed class When_production_is_misconfigured
{
    private static readonly string[] Production =
    [
        "--Mode=Production", "--Database:Provider=Postgres", "--Database:ConnectionString=Host=127.0.0.1;Port=1",
        "--Bus:Transport=RabbitMq", "--Bus:RabbitMqUrl=amqp://127.0.0.1:1/", "--Hub:Sources:0=tax",
    ];

    [Fact]
    public void Without_api_keys_it_refuses_to_start()
    {
        var error = Assert.Throws<InvalidOperationException>(() => HubApi.Build(Production));
        Assert.Contains("API keys", error.Message);
    }

    [Fact]
    public void With_a_demo_key_it_refuses_to_start()
    {
        var error = Assert.Throws<InvalidOperationException>(() => HubApi.Build(
        [
            .. Production, "--Auth:ApiKeys:0:Name=x", $"--Auth:ApiKeys:0:KeySha256={ApiKeyHash.Of("demo-caller-key")}",
            "--Auth:ApiKeys:0:Role=caller", "--Auth:ApiKeys:0:Jurisdictions:0=*",
        ]));
        Assert.Contains("demo", error.Message);
    }

    [Fact]
    public void With_a_file_database_it_refuses_to_start()
    {
        var error = Assert.Throws<InvalidOperationException>(() => HubApi.Build(["--Mode=Production", "--Database:Provider=Sqlite"]));
        Assert.Contains("Postgres", error.Message);
    }
}
