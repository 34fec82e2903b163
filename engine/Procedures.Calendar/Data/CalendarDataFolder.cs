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

    /// <summary>The two refusals, in one language; English unless the caller says.</summary>
    public sealed record Words(Func<string, string> NoSuchFolder, Func<bool, string, string> NoData)
    {
        public static Words English { get; } = new(
            NoSuchFolder: named => $"the calendar data folder \"{named}\" does not exist",
            NoData: (alsoUnderProcedures, searchFrom) =>
                $"no calendar data: no {(alsoUnderProcedures ? "\"calendar/\" or \"procedures/calendar/\"" : "\"calendar/\"")} folder in {searchFrom} or any folder above it; name one with --data <dir>");

        public static Words Vietnamese { get; } = new(
            NoSuchFolder: named => $"không có thư mục dữ liệu lịch \"{named}\"",
            NoData: (alsoUnderProcedures, searchFrom) =>
                $"không có dữ liệu lịch: không thấy thư mục {(alsoUnderProcedures ? "\"calendar/\" hay \"procedures/calendar/\"" : "\"calendar/\"")} trong {searchFrom} hay thư mục nào bên trên; chỉ rõ thư mục bằng --data <thư-mục>");
    }

    /// <summary>The folder to read, or the one-line reason there is none.</summary>
    public static (string? Folder, string? Error) Find(string? named, string searchFrom, bool alsoUnderProcedures, Words? words = null)
    {
        words ??= Words.English;
        if (named is not null)
        {
            return Directory.Exists(named)
                ? (named, null)
                : (null, words.NoSuchFolder(named));
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
        return (null, words.NoData(alsoUnderProcedures, Path.GetFullPath(searchFrom)));
    }
}
