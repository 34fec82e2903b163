using NodaTime;

namespace Procedures.Calendar.Data;

/// <summary>One directive line of a calendar data file.</summary>
public abstract record CalendarEntry(SourceLocation Location);

/// <summary><c>tet FROM..TO</c>: the five announced days of Tết (Labour Code 2019 Art. 112(1)(b)).</summary>
public sealed record TetEntry(SourceLocation Location, LocalDate First, LocalDate Last) : CalendarEntry(Location);

/// <summary><c>national-day DATE</c>: the announced day beside 2 September (Art. 112(1)(đ)).</summary>
public sealed record NationalDayEntry(SourceLocation Location, LocalDate Date) : CalendarEntry(Location);

/// <summary><c>off FROM[..TO] NAME</c>: an announced day off, such as a bridge day swapped with a Saturday.</summary>
public sealed record DayOffEntry(SourceLocation Location, LocalDate First, LocalDate Last, string Name) : CalendarEntry(Location);

/// <summary><c>work DATE NAME</c>: a weekend day (or a rule-made compensatory day) worked instead.</summary>
public sealed record WorkDayEntry(SourceLocation Location, LocalDate Date, string Name) : CalendarEntry(Location);

/// <summary><c>morning HH:mm-HH:mm</c> or <c>afternoon HH:mm-HH:mm</c>: an office session.</summary>
public sealed record SessionEntry(SourceLocation Location, bool IsMorning, LocalTime Start, LocalTime End) : CalendarEntry(Location);

/// <summary><c>cutoff HH:mm</c>: the hand-over cut-off of Decree 61/2018 Art. 18.</summary>
public sealed record CutoffEntry(SourceLocation Location, LocalTime Time) : CalendarEntry(Location);
