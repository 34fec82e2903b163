namespace Procedures.Calendar.Data;

/// <summary>A problem in a calendar data file, worded for the staff who edit it; <see cref="CalendarMessages"/> lists them all.</summary>
public sealed record CalendarDiagnostic(SourceLocation Location, string Code, string Message)
{
    public override string ToString() => $"{Location}: error {Code}: {Message}";
}
