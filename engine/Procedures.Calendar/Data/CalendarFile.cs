using System.Collections.Immutable;

namespace Procedures.Calendar.Data;

/// <summary>What a data file is for, told by its name.</summary>
public enum CalendarFileKind
{
    /// <summary><c>YYYY.txt</c>: the government's announcement for one year.</summary>
    Year,
    /// <summary><c>office-hours.txt</c>: the office sessions and the hand-over cut-off.</summary>
    OfficeHours,
}

/// <summary>A parsed data file: its well-formed entries and the problems of the other lines.</summary>
public sealed record CalendarFile(
    string Name,
    CalendarFileKind Kind,
    int? Year,
    ImmutableArray<CalendarEntry> Entries,
    ImmutableArray<CalendarDiagnostic> Diagnostics);
