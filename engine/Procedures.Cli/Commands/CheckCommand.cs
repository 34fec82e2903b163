using System.CommandLine;
using Procedures.Calendar.Data;
using Procedures.Language;

namespace Procedures.Cli.Commands;

public static class CheckCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Procedure files, calendar data files or folders (default: procedures).", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("check", "Read and check procedure files and calendar data; print each problem as path(line,col): error CODE: message.") { paths };
        command.SetAction(result => Run(result.GetValue(paths) ?? [], Console.Out, Console.Error));
        return command;
    }

    /// <summary>Exit 0 when no file has an error, 1 when one has, 2 when a path does not exist.</summary>
    public static int Run(IReadOnlyList<string> paths, TextWriter output, TextWriter error)
    {
        var sources = SourceSet.Load(paths.Count == 0 ? ["procedures"] : paths);
        foreach (var missing in sources.Missing)
            error.WriteLine($"procedures: error: no such file or folder \"{missing}\"");
        if (sources.Missing.Count > 0)
            return 2;

        var compilation = Compilation.Create(sources.Files);
        foreach (var line in Procedures.Language.Diagnostics.DiagnosticLines.Of(compilation.Diagnostics))
            output.WriteLine(line);
        var (calendarFiles, calendarErrors) = CheckCalendars(sources, output);
        var errors = compilation.Diagnostics.Count(d => d.IsError) + calendarErrors;
        var warnings = compilation.Diagnostics.Count(d => !d.IsError);
        output.WriteLine($"{Count.Of(sources.Files.Count + calendarFiles, "file")}, {Count.Of(compilation.Procedures.Count, "procedure")}: {Count.Of(errors, "error")}, {Count.Of(warnings, "warning")}");
        return errors > 0 ? 1 : 0;
    }

    /// <summary>Each calendar folder is loaded as the engine loads it, so a problem between files (a swap on a holiday) shows too.</summary>
    static (int Files, int Errors) CheckCalendars(SourceSet sources, TextWriter output)
    {
        var groups = sources.CalendarFolders
            .Select(CalendarLoader.DataFiles)
            .Append(sources.CalendarFiles)
            .Where(files => files.Count > 0)
            .ToArray();
        var errors = 0;
        foreach (var diagnostic in groups.SelectMany(files => CalendarLoader.FromFiles(files).Diagnostics))
        {
            output.WriteLine(diagnostic.ToString());
            errors++;
        }
        return (groups.Sum(files => files.Count), errors);
    }
}
