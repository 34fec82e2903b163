using System.CommandLine;
using Procedures.Calendar.Data;
using Procedures.Cli.Text;
using Procedures.Language;

namespace Procedures.Cli.Commands;

public static class CheckCommand
{
    public static Command Create(CliText text)
    {
        var paths = new Argument<string[]>("paths") { Description = text.Help.CheckPaths, Arity = ArgumentArity.ZeroOrMore };
        var lang = new Option<string?>(OutputLanguage.Option) { Description = text.Help.OutputLanguage };
        var command = new Command("check", text.Help.Check) { paths, lang };
        command.SetAction(result => Run(result.GetValue(paths) ?? [], result.GetValue(lang), Console.Out, Console.Error));
        return command;
    }

    /// <summary>Exit 0 when no file has an error, 1 when one has, 2 when a path does not exist or an option is unknown.</summary>
    public static int Run(IReadOnlyList<string> paths, string? lang, TextWriter output, TextWriter error)
    {
        if (SourceSet.LoadNamed(paths, lang, "check", error) is not { } sources)
            return ParseErrors.ExitCode;

        var compilation = Compilation.Create(sources.Files);
        var named = sources.Named.ToHashSet(StringComparer.Ordinal);
        // The summary speaks the language of the procedures checked; the shared catalogues are Vietnamese whatever the files are.
        var read = compilation.Files.Where(f => named.Contains(f.Source.Path)).ToArray();
        var procedures = read.Where(f => f.Procedure is not null).ToArray();
        var words = CliText.For(OutputLanguage.Choose(lang, (procedures.Length > 0 ? procedures : read).Select(f => f.Language)));
        foreach (var line in Procedures.Language.Diagnostics.DiagnosticLines.Of(compilation.Diagnostics))
            output.WriteLine(line);
        var (calendarFiles, calendarErrors) = CheckCalendars(sources, output);
        var errors = compilation.Diagnostics.Count(d => d.IsError) + calendarErrors;
        var warnings = compilation.Diagnostics.Count(d => !d.IsError);
        output.WriteLine(words.CheckSummary(sources.Files.Count + calendarFiles, compilation.Procedures.Count, errors, warnings));
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
