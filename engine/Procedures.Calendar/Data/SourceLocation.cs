namespace Procedures.Calendar.Data;

/// <summary>A place in a calendar data file; line and column count from 1.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public override string ToString() => $"{File}({Line},{Column})";
}
