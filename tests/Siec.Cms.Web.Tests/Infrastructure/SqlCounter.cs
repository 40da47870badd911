using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Siec.Cms.Web.Tests.Infrastructure;

/// <summary>Counts the commands the measured request runs and the rows their readers return.</summary>
public sealed class SqlCounter : DbCommandInterceptor
{
    public static readonly AsyncLocal<bool> Measuring = new();

    private int _statements;
    private int _rows;
    private int _writes;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _commands = new();

    public int Statements => _statements;

    public int Rows => _rows;

    public int Writes => _writes;

    /// <summary>The text of each command the measured requests ran.</summary>
    public IReadOnlyCollection<string> Commands => _commands;

    private void Count(int statements, int rows, DbCommand? command = null)
    {
        if (Measuring.Value)
        {
            if (command is not null)
            {
                _commands.Enqueue(command.CommandText);
            }

            Interlocked.Add(ref _statements, statements);
            Interlocked.Add(ref _rows, rows);
        }
    }

    public void Reset()
    {
        _statements = 0;
        _rows = 0;
        _writes = 0;
        _commands.Clear();
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Count(1, 0, command);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Count(1, 0, command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Count(1, 0, command);
        if (Measuring.Value && command.CommandText.TrimStart().Split(' ', 2)[0].ToUpperInvariant() is "INSERT" or "UPDATE" or "DELETE")
        {
            Interlocked.Increment(ref _writes);
        }

        return ValueTask.FromResult(result);
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Count(1, 0, command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult DataReaderClosing(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        Count(0, eventData.ReadCount);
        return result;
    }

    public override ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        Count(0, eventData.ReadCount);
        return ValueTask.FromResult(result);
    }
}
