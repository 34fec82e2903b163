using Procedures.Calendar;
using Procedures.Calendar.Data;

namespace Procedures.Calendar.Tests;

/// <summary>
/// Calendar data of the repository: <see cref="DataDirectory"/> is the frozen copy tests count with
/// (tests/Fixtures/procedures/calendar/), so an edit of the live data by legal staff changes no test's dates;
/// <see cref="LiveDataDirectory"/> is procedures/calendar/, only for properties the live data must have.
/// </summary>
public static class RepositoryCalendar
{
    public static string DataDirectory { get; } = Find(Path.Combine("tests", "Fixtures", "procedures", "calendar"));

    public static string LiveDataDirectory { get; } = Find(Path.Combine("procedures", "calendar"));

    public static VietnamWorkingCalendar Load()
    {
        var result = CalendarLoader.FromDirectory(DataDirectory);
        Assert.Empty(result.Diagnostics);
        return result.Calendar;
    }

    private static string Find(string relative)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException($"{relative} not found above the test's folder.");
    }
}
