namespace Hub.ServiceDefaults;

/// <summary>Configuration section <c>Bus</c>.</summary>
public sealed class BusOptions
{
    public const string Section = "Bus";

    /// <summary><c>InMemory</c> (embedded, one process) or <c>RabbitMq</c> (production).</summary>
    public string Transport { get; set; } = "InMemory";
    /// <summary>AMQP URI, e.g. <c>amqp://user:password@rabbitmq:5672/</c>; from the environment, never the repository.</summary>
    public Uri? RabbitMqUrl { get; set; }
}
