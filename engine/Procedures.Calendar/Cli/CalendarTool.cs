using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Procedures.Calendar.Data;

namespace Procedures.Calendar.Cli;

/// <summary>The logic behind <c>procedures calendar holidays|add</c>, kept here so that it is tested without the CLI.</summary>
public static class CalendarTool
{
    private static readonly LocalDateTimePattern MinutePattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");
    private static readonly LocalDateTimePattern SecondPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:ss");

    /// <summary><c>holidays &lt;year&gt;</c>: one line per day off that is not an ordinary weekend day.</summary>
    /// <remarks>Without <paramref name="dataDirectory"/>, the data is searched for from <paramref name="searchFrom"/> upward (<see cref="CalendarDataFolder"/>).</remarks>
    public static CommandOutcome Holidays(string? year, string? dataDirectory, string searchFrom, CalendarToolWords words)
    {
        if (year is null)
        {
            return CommandOutcome.BadInput(words, words.MissingYear);
        }
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            || value < VietnamWorkingCalendar.FirstDate.Year || value > VietnamWorkingCalendar.LastDate.Year)
        {
            return CommandOutcome.BadInput(words, words.NotAYear(year, VietnamWorkingCalendar.FirstDate.Year, VietnamWorkingCalendar.LastDate.Year));
        }
        return WithCalendar(dataDirectory, searchFrom, words, calendar => new CommandOutcome(0, HolidayLines(calendar, value), []));
    }

    /// <summary><c>add &lt;start&gt; &lt;amount&gt; &lt;unit&gt;</c>: the due date on the first line.</summary>
    public static CommandOutcome Add(string? start, string? amount, string? unit, string? dataDirectory, string searchFrom, CalendarToolWords words) =>
        start is null || amount is null || unit is null
            ? CommandOutcome.BadInput(words, words.MissingAddArguments)
            : WithCalendar(dataDirectory, searchFrom, words, calendar =>
        {
            var (arguments, error) = AddArguments.Parse(start, amount, unit, calendar.OfficeHours, words);
            if (arguments is null)
            {
                return CommandOutcome.BadInput(words, error!);
            }
            try
            {
                var due = calendar.Add(arguments.Start, arguments.Limit);
                return new CommandOutcome(0, [FormatDue(due, arguments.HasTime, calendar.OfficeHours)], []);
            }
            // The limit is a valid one, so the one bound left to hit is the end of the calendar.
            catch (ArgumentOutOfRangeException)
            {
                return CommandOutcome.BadInput(words, words.DueOutsideRange(VietnamWorkingCalendar.FirstDate, VietnamWorkingCalendar.LastDate));
            }
        });

    /// <summary><c>YYYY-MM-DD name</c> for each day off of a year, holidays on a weekend included, in date order.</summary>
    public static ImmutableArray<string> HolidayLines(VietnamWorkingCalendar calendar, int year) =>
        [.. calendar.Year(year).DaysOff.Select(d => $"{d.Date:uuuu-MM-dd} {d.Name}")];

    /// <summary>
    /// ISO 8601: the date alone when the start had no time and the limit runs to the close of a day;
    /// otherwise the date and time (a half day ends at noon, and a promise must say so).
    /// </summary>
    public static string FormatDue(LocalDateTime due, bool startHadTime, OfficeHours officeHours)
    {
        if (!startHadTime && due.TimeOfDay == officeHours.Close)
        {
            return due.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        }
        return due.Second == 0 && due.TickOfSecond == 0 ? MinutePattern.Format(due) : SecondPattern.Format(due);
    }

    private static CommandOutcome WithCalendar(string? dataDirectory, string searchFrom, CalendarToolWords words, Func<VietnamWorkingCalendar, CommandOutcome> run)
    {
        var (directory, error) = CalendarDataFolder.Find(dataDirectory, searchFrom, alsoUnderProcedures: true, words.Folder);
        if (directory is null)
        {
            return CommandOutcome.BadInput(words, error!);
        }
        var loaded = CalendarLoader.FromDirectory(directory);
        if (loaded.HasErrors)
        {
            return new CommandOutcome(1, [], [.. loaded.Diagnostics.Select(d => d.ToString())]);
        }
        return run(loaded.Calendar);
    }
}
