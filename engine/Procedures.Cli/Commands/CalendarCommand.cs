using System.CommandLine;

namespace Procedures.Cli.Commands;

public static class CalendarCommand
{
    public static Command Create() => new("calendar", "The Vietnamese working-day calendar.");
}
