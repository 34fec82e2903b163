using System.CommandLine;
using Procedures.Calendar.Cli;

namespace Procedures.Cli.Commands;

/// <summary>
/// <c>procedures calendar holidays|add</c>; the logic is <see cref="CalendarTool"/> in Procedures.Calendar.
/// Arguments are optional to the parser so that a missing one is our one-line error with exit code 2.
/// </summary>
public static class CalendarCommand
{
    public static Command Create()
    {
        var data = new Option<string?>("--data")
        {
            Description = "Folder of calendar data files (default: the nearest calendar/ or procedures/calendar/ folder in the current folder or above it).",
            Recursive = true,
        };
        return new Command("calendar", "The Vietnamese working-day calendar.")
        {
            data,
            Holidays(data),
            Add(data),
        };
    }

    private static Command Holidays(Option<string?> data)
    {
        var year = new Argument<string?>("year") { Description = "A year from 1900 to 2100.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("holidays", "List a year's days off other than ordinary weekends: YYYY-MM-DD name.") { year };
        command.SetAction(result => Print(CalendarTool.Holidays(result.GetValue(year), result.GetValue(data), Directory.GetCurrentDirectory())));
        return command;
    }

    private static Command Add(Option<string?> data)
    {
        var start = new Argument<string?>("start") { Description = "When the dossier was received: YYYY-MM-DD or YYYY-MM-DDTHH:mm.", Arity = ArgumentArity.ZeroOrOne };
        var amount = new Argument<string?>("amount") { Description = "The time limit, e.g. 20 or 0.5.", Arity = ArgumentArity.ZeroOrOne };
        var unit = new Argument<string?>("unit") { Description = "working-days, days (calendar days) or hours.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("add", "Print the due date of a time limit (ISO 8601).") { start, amount, unit };
        command.SetAction(result => Print(CalendarTool.Add(result.GetValue(start), result.GetValue(amount), result.GetValue(unit), result.GetValue(data), Directory.GetCurrentDirectory())));
        return command;
    }

    private static int Print(CommandOutcome outcome)
    {
        foreach (var line in outcome.Errors)
        {
            Console.Error.WriteLine(line);
        }
        foreach (var line in outcome.Output)
        {
            Console.Out.WriteLine(line);
        }
        return outcome.ExitCode;
    }
}
