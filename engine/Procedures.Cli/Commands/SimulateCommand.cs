using System.CommandLine;
using Procedures.Calendar.Data;
using Procedures.Expressions;
using Procedures.Runtime.Conditions;
using Procedures.Cli.Simulation;
using Procedures.Cli.Text;
using Procedures.Language.Syntax;
using Procedures.Language.Text;
using Procedures.Runtime.Messages;
using Procedures.Runtime.Simulation;
using Procedures.Workflows.Versioning;

namespace Procedures.Cli.Commands;

/// <summary>
/// <c>procedures simulate &lt;file&gt; --submitted &lt;date-time&gt;</c>: one dossier through a procedure on a simulated clock,
/// printed as its processing control sheet in the file's language. Exit codes: 0 done; 1 a problem of the procedure
/// or the dossier (errors in the file or the calendar data, a refused dossier, a path word the step does not have);
/// 2 bad arguments (no such file, a bad date or option value, an unknown option, no calendar data).
/// </summary>
public static class SimulateCommand
{
    public static Command Create(CliText text)
    {
        var help = text.Help;
        var file = new Argument<string?>("file") { Description = help.ProcedureFile, Arity = ArgumentArity.ZeroOrOne };
        var submitted = new Option<string?>("--submitted") { Arity = ArgumentArity.ZeroOrOne, Description = help.SimulateSubmitted };
        var path = new Option<string?>("--path") { Arity = ArgumentArity.ZeroOrOne, Description = help.SimulatePath };
        var calendarFolder = new Option<string?>("--calendar") { Arity = ArgumentArity.ZeroOrOne, Description = help.SimulateCalendar, HelpName = help.FolderValue };
        var data = new Option<string[]>("--data")
        {
            Description = help.SimulateData,
            HelpName = help.FieldValue,
            AllowMultipleArgumentsPerToken = false,
            Arity = ArgumentArity.ZeroOrMore,
        };
        var lang = new Option<string?>(OutputLanguage.Option) { Arity = ArgumentArity.ZeroOrOne, Description = help.SimulateLanguage };
        var channel = new Option<string?>("--channel") { Arity = ArgumentArity.ZeroOrOne, Description = help.SimulateChannel };
        var late = new Option<string[]>("--late")
        {
            Description = help.SimulateLate,
            AllowMultipleArgumentsPerToken = false,
            Arity = ArgumentArity.ZeroOrMore,
        };
        var apology = new Option<string[]>("--apology")
        {
            Description = help.SimulateApology,
            AllowMultipleArgumentsPerToken = false,
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("simulate", help.Simulate)
        {
            file, submitted, path, data, calendarFolder, lang, channel, late, apology,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(result =>
        {
            var procedureFile = result.GetValue(file);
            var language = KeywordLanguageNames.FromTag(result.GetValue(lang) ?? "")
                ?? (procedureFile is not null && File.Exists(procedureFile) ? FileLanguage(procedureFile) : OutputLanguage.Default);
            var text = CliText.For(language);
            var words = SimulateArgumentWords.For(language);
            // Options are optional to the parser, so that a missing value or an unknown option is our one-line error, exit code 2.
            // An unknown option before the file is given to the file argument, so it is looked for there too.
            var unknown = result.UnmatchedTokens.FirstOrDefault(t => t.StartsWith('-'))
                ?? (procedureFile is ['-', ..] && !File.Exists(procedureFile) ? procedureFile : null);
            if (unknown is not null)
                return Fail(Console.Error, text, text.UnknownOption(unknown, "simulate"));
            if (result.UnmatchedTokens.Count > 0)
                return Fail(Console.Error, text, words.OneTooMany(result.UnmatchedTokens[0]));
            foreach (var option in new Option[] { submitted, path, data, calendarFolder, lang, channel, late, apology })
                if (result.GetResult(option) is { } given && given.Tokens.Count == 0 && given.IdentifierTokenCount > 0)
                    return Fail(Console.Error, text, words.NeedsValue(option.Name));
            if (procedureFile is null)
                return Fail(Console.Error, text, words.MissingFile);
            var (arguments, error) = SimulateArguments.Parse(result.GetValue(submitted), result.GetValue(path), result.GetValue(lang),
                result.GetValue(channel), result.GetValue(late) ?? [], result.GetValue(apology) ?? [], result.GetValue(data) ?? [], words);
            return arguments is null
                ? Fail(Console.Error, text, error!)
                : Run(procedureFile, arguments, result.GetValue(calendarFolder), Console.Out, Console.Error);
        });
        return command;
    }

    public static int Run(string path, SimulateArguments arguments, string? dataDirectory, TextWriter output, TextWriter error)
    {
        if (!File.Exists(path))
        {
            var text = CliText.For(arguments.Language ?? OutputLanguage.Default);
            return Fail(error, text, text.NoSuchFile(path));
        }
        // The calendar is looked for before the file is compiled, so a refusal needs the file's language first.
        var spoken = arguments.Language ?? FileLanguage(path);
        var folderWords = spoken == KeywordLanguage.Vietnamese ? CalendarDataFolder.Words.Vietnamese : CalendarDataFolder.Words.English;
        var (folder, missing) = CalendarDataFolder.Find(dataDirectory, Path.GetDirectoryName(Path.GetFullPath(path))!, alsoUnderProcedures: false, folderWords);
        if (folder is null)
            return Fail(error, CliText.For(spoken), missing!);
        var calendar = CalendarLoader.FromDirectory(folder);
        foreach (var problem in calendar.Diagnostics)
            error.WriteLine(problem.ToString());
        if (calendar.HasErrors)
            return 1;

        if (ProcedureLoader.LoadWithLanguage(path, arguments.Language, error) is not { } loaded)
            return 1;
        var definition = new DefinitionStore().Publish(loaded.Definition).Definition;
        var language = arguments.Language ?? loaded.Language;
        var words = new TimelineWords(language);
        var outcomes = new OutcomeWords(language);
        var options = arguments.Options(definition.Facts, outcomes, words.DefaultApologyReason);

        // Conditions decide branches and the checklist from --data, through the same compiled assemblies the engine uses.
        using var conditions = new CompiledConditionEvaluator(new ConditionCache());
        var (instance, refusal) = new DossierSimulation(calendar.Calendar, conditions).Run(definition, arguments.SubmittedAt, arguments.Path, options);
        if (instance is not null)
            new TimelinePrinter(definition, words, outcomes).Print(instance, output);
        if (refusal is null)
            return 0;
        var messageLanguage = language == KeywordLanguage.Vietnamese ? MessageLanguage.Vietnamese : MessageLanguage.English;
        error.WriteLine($"procedures: {CliText.For(language).Error} {refusal.Code}: {refusal.Message(messageLanguage)}");
        return 1;
    }

    static KeywordLanguage FileLanguage(string path) =>
        Parser.Parse(SourceFile.FromBytes(path, File.ReadAllBytes(path))).Syntax.Language;

    static int Fail(TextWriter error, CliText text, string message)
    {
        error.WriteLine(text.ErrorLine(message));
        return ParseErrors.ExitCode;
    }
}
