using Procedures.Calendar;
using Procedures.Calendar.Data;

namespace Procedures.Calendar.Tests;

/// <summary>The calendar built from the repository's own data files, procedures/calendar/.</summary>
public static class RepositoryCalendar
{
    public static string DataDirectory { get; } = FindDataDirectory();

    public static VietnamWorkingCalendar Load()
    {
        var result = CalendarLoader.FromDirectory(DataDirectory);
        Assert.Empty(result.Diagnostics);
        return result.Calendar;
    }

    private static string FindDataDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "procedures", "calendar");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException("procedures/calendar not found above the test's folder.");
    }
}
