using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hub.IntegrationTests.Core.Audit;

/// <summary>
/// Runs <paramref name="step"/> once, right after the first query that reads <paramref name="table"/>
/// has run and before the reader gives its rows back: a deterministic "between two reads".
/// </summary>
public sealed class AfterReading(string table, Func<Task> step) : DbCommandInterceptor
{
    public bool Ran { get; private set; }

    public override async ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        if (!Ran && command.CommandText.Contains($"FROM {table}", StringComparison.Ordinal))
        {
            Ran = true;
            await step();
        }
        return result;
    }
}
