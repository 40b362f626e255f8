namespace Hub.IntegrationTests.Infrastructure;

/// <summary>The throwaway PostgreSQL and RabbitMQ that ./test.sh starts; integration tests refuse to run without them.</summary>
public static class TestServers
{
    public static string Postgres => Require("HUB_TEST_POSTGRES");
    public static Uri RabbitMq => new(Require("HUB_TEST_RABBITMQ"));
    public static Uri RabbitMqManagement => new(Require("HUB_TEST_RABBITMQ_MANAGEMENT"));

    private static string Require(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{name} is not set: run the tests through ./test.sh, which starts the servers.");
}
