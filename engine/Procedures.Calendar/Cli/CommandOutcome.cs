using System.Collections.Immutable;

namespace Procedures.Calendar.Cli;

/// <summary>What a calendar command prints and the exit code: 0 done, 1 errors in the data files, 2 bad arguments.</summary>
public sealed record CommandOutcome(int ExitCode, ImmutableArray<string> Output, ImmutableArray<string> Errors)
{
    public static CommandOutcome BadInput(CalendarToolWords words, string message) => new(2, [], [words.ErrorLine(message)]);
}
