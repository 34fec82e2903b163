namespace Procedures.Cli.Tests;

/// <summary><c>procedures calendar</c> finds its data from the working folder upward, or is told with --data, or fails.</summary>
public class CalendarCommandTests
{
    [Fact]
    public void Add_gives_the_same_date_from_any_folder_under_the_data()
    {
        using var cli = new Cli();
        var deep = Directory.CreateDirectory(Path.Combine(cli.Folder, "procedures", "viec-lam", "drafts")).FullName;

        var top = cli.Run("calendar", "add", "2025-04-29", "1", "working-days");
        var below = cli.RunIn(deep, "calendar", "add", "2025-04-29", "1", "working-days");

        // 30 April, 1 May and the swapped 2 May 2025 are off (the fixture's 2025.txt).
        Assert.Equal(new CliRun(0, "2025-05-05\n", ""), top);
        Assert.Equal(top, below);
    }

    [Fact]
    public void Data_names_the_folder_from_anywhere()
    {
        using var cli = new Cli();
        var elsewhere = Directory.CreateTempSubdirectory("procedures-elsewhere-").FullName;
        try
        {
            var run = cli.RunIn(elsewhere, "calendar", "add", "2025-04-29", "1", "working-days", "--data", Path.Combine(cli.Folder, "procedures", "calendar"));

            Assert.Equal(new CliRun(0, "2025-05-05\n", ""), run);
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    [Fact]
    public void Without_data_the_command_fails_with_exit_code_2_and_says_where_it_looked()
    {
        using var cli = new Cli();
        var elsewhere = Directory.CreateTempSubdirectory("procedures-elsewhere-").FullName;
        try
        {
            var run = cli.RunIn(elsewhere, "calendar", "holidays", "2025");

            Assert.Equal(new CliRun(2, "",
                $"procedures: error: no calendar data: no \"calendar/\" or \"procedures/calendar/\" folder in {elsewhere} or any folder above it; name one with --data <dir>\n"), run);
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }
}
