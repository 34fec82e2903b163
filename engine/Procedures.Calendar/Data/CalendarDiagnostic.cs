namespace Procedures.Calendar.Data;

/// <summary>A problem in a calendar data file, worded for the staff who edit it.</summary>
public sealed record CalendarDiagnostic(SourceLocation Location, string Message)
{
    public override string ToString() => $"{Location}: error: {Message}";
}
