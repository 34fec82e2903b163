namespace Procedures.Calendar.Data;

/// <summary>
/// Where a command finds its calendar data: the folder named with <c>--data</c>, else the nearest <c>calendar/</c>
/// folder (or <c>procedures/calendar/</c>) in the folder a search starts from or above it. Procedure files carry
/// their calendar with them, as they carry their catalogue, so an appointment date never depends on the folder
/// a command was run from. Not finding any is an error: a date counted without the year's announcement (Tết,
/// swapped days) would be a wrong promise to a citizen.
/// </summary>
public static class CalendarDataFolder
{
    public const string FolderName = "calendar";

    /// <summary>The folder to read, or the one-line reason there is none.</summary>
    public static (string? Folder, string? Error) Find(string? named, string searchFrom, bool alsoUnderProcedures)
    {
        if (named is not null)
        {
            return Directory.Exists(named)
                ? (named, null)
                : (null, $"the calendar data folder \"{named}\" does not exist");
        }
        for (var dir = new DirectoryInfo(Path.GetFullPath(searchFrom)); dir is not null; dir = dir.Parent)
        {
            var beside = Path.Combine(dir.FullName, FolderName);
            if (Directory.Exists(beside))
            {
                return (beside, null);
            }
            var under = Path.Combine(dir.FullName, "procedures", FolderName);
            if (alsoUnderProcedures && Directory.Exists(under))
            {
                return (under, null);
            }
        }
        var looked = alsoUnderProcedures ? "\"calendar/\" or \"procedures/calendar/\"" : "\"calendar/\"";
        return (null, $"no calendar data: no {looked} folder in {Path.GetFullPath(searchFrom)} or any folder above it; name one with --data <dir>");
    }
}
