using System.Collections.Immutable;
using System.Text;
using NodaTime;

namespace Procedures.Calendar.Data;

/// <summary>The text of one data file and the path to name in messages.</summary>
public sealed record CalendarSource(string Path, string Text);

/// <summary>A calendar and every problem found in its data; lines with problems were left out.</summary>
public sealed record CalendarLoadResult(VietnamWorkingCalendar Calendar, ImmutableArray<CalendarDiagnostic> Diagnostics)
{
    public bool HasErrors => !Diagnostics.IsEmpty;
}

/// <summary>Builds a <see cref="VietnamWorkingCalendar"/> from the data files staff edit (<c>procedures/calendar/</c>).</summary>
public static class CalendarLoader
{
    /// <summary>Reads every <c>*.txt</c> file of a folder (which must exist); unreadable files become diagnostics.</summary>
    public static CalendarLoadResult FromDirectory(string directory) => FromFiles(DataFiles(directory));

    /// <summary>The data files of a folder, in the order they are read and reported.</summary>
    public static IReadOnlyList<string> DataFiles(string directory) =>
        [.. Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal)];

    /// <summary>Reads the files as strict UTF-8; a file that cannot be read becomes a diagnostic and is left out.</summary>
    public static CalendarLoadResult FromFiles(IEnumerable<string> paths)
    {
        var sources = new List<CalendarSource>();
        var unreadable = ImmutableArray.CreateBuilder<CalendarDiagnostic>();
        var strictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        foreach (var path in paths)
        {
            try
            {
                sources.Add(new CalendarSource(path, strictUtf8.GetString(File.ReadAllBytes(path))));
            }
            catch (DecoderFallbackException)
            {
                unreadable.Add(CalendarMessages.NotUtf8.At(new(path, 1, 1)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                unreadable.Add(CalendarMessages.Unreadable.At(new(path, 1, 1), e.Message));
            }
        }
        var result = FromSources(sources);
        return result with { Diagnostics = InFileOrder(unreadable.ToImmutable().AddRange(result.Diagnostics)) };
    }

    /// <summary>Builds from file texts; the file name of each path tells what it holds (YYYY.txt or office-hours.txt).</summary>
    public static CalendarLoadResult FromSources(IEnumerable<CalendarSource> sources)
    {
        var diagnostics = ImmutableArray.CreateBuilder<CalendarDiagnostic>();
        var years = new Dictionary<int, CalendarFile>();
        var officeHours = OfficeHours.Default;
        foreach (var source in sources)
        {
            var file = CalendarFileParser.Parse(source.Path, source.Text);
            diagnostics.AddRange(file.Diagnostics);
            if (file.Kind == CalendarFileKind.OfficeHours)
            {
                officeHours = ToOfficeHours(file.Entries);
            }
            else if (file.Year is { } year)
            {
                years[year] = file;
            }
        }
        var plans = VietnamWorkingCalendar.Plan(years, diagnostics);
        return new CalendarLoadResult(new VietnamWorkingCalendar(officeHours, plans), InFileOrder(diagnostics.ToImmutable()));
    }

    /// <summary>By file, line and column, as a compiler lists them, whichever check found them.</summary>
    private static ImmutableArray<CalendarDiagnostic> InFileOrder(ImmutableArray<CalendarDiagnostic> diagnostics) =>
        [.. diagnostics.OrderBy(d => d.Location.File, StringComparer.Ordinal).ThenBy(d => d.Location.Line).ThenBy(d => d.Location.Column)];

    private static OfficeHours ToOfficeHours(ImmutableArray<CalendarEntry> entries)
    {
        var defaults = OfficeHours.Default;
        var morning = entries.OfType<SessionEntry>().FirstOrDefault(s => s.IsMorning);
        var afternoon = entries.OfType<SessionEntry>().FirstOrDefault(s => !s.IsMorning);
        LocalTime cutoff = entries.OfType<CutoffEntry>().FirstOrDefault()?.Time ?? defaults.HandOverCutoff;
        return new OfficeHours(
            morning?.Start ?? defaults.MorningStart,
            morning?.End ?? defaults.MorningEnd,
            afternoon?.Start ?? defaults.AfternoonStart,
            afternoon?.End ?? defaults.AfternoonEnd,
            cutoff);
    }
}
