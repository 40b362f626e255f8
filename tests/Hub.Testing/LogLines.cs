using Microsoft.Extensions.Logging;

namespace Hub.Testing;

/// <summary>Keeps every log line a test host writes (category, level, formatted message, exception), as a log sink would.</summary>
public sealed class LogLines : ILoggerProvider
{
    private readonly List<(string Category, LogLevel Level, string Message)> lines = [];

    public IReadOnlyList<(string Category, LogLevel Level, string Message)> All
    {
        get { lock (lines) return lines.ToList(); }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private sealed class Logger(LogLines sink, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception) + (exception is null ? "" : Environment.NewLine + exception);
            lock (sink.lines) sink.lines.Add((category, logLevel, message));
        }
    }
}
