using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Hub.Adapters.Sdk;

/// <summary>
/// Says, once per source in a process's host, that its settings still sit under the deprecated section name. Names the
/// sections only: the values may be secrets.
/// </summary>
public sealed partial class DeprecatedSectionWarning(ILogger<DeprecatedSectionWarning> logger)
{
    private readonly ConcurrentDictionary<string, bool> warned = new();

    public void For(string code)
    {
        if (warned.TryAdd(code, true))
            Log($"{SourceOptions.DeprecatedSection}:{code}", $"{SourceOptions.Section}:{code}");
    }

    [LoggerMessage(LogLevel.Warning,
        "Configuration section {OldSection} is deprecated and will stop working in the next release: rename it to {NewSection}. Until then its values apply where {NewSection} sets none.")]
    private partial void Log(string oldSection, string newSection);
}
