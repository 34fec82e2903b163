using System.CommandLine;
using Procedures.Calendar.Data;
using Procedures.Cli.Simulation;
using Procedures.Language.Syntax;
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
    public static Command Create()
    {
        var file = new Argument<string?>("file") { Description = "A procedure file.", Arity = ArgumentArity.ZeroOrOne };
        var submitted = new Option<string?>("--submitted") { Arity = ArgumentArity.ZeroOrOne, Description = "When the dossier is submitted, e.g. 2026-03-02T09:00 (Vietnam time)." };
        var path = new Option<string?>("--path")
        {
            Arity = ArgumentArity.ZeroOrOne,
            Description = "Outcomes to take, in order, where a step has several, as the file writes them or in either language: e.g. Received,du,khiếu nại.",
        };
        var data = new Option<string?>("--data") { Arity = ArgumentArity.ZeroOrOne, Description = "Folder of calendar data files (default: the nearest calendar/ folder beside or above the file)." };
        var lang = new Option<string?>("--lang") { Arity = ArgumentArity.ZeroOrOne, Description = "Language of the timeline: en or vi (default: the file's)." };
        var channel = new Option<string?>("--channel") { Arity = ArgumentArity.ZeroOrOne, Description = "in-person, postal or online (trực tiếp, bưu chính, trực tuyến); the channel's own deadline applies." };
        var late = new Option<string[]>("--late")
        {
            Description = "A step id or agency that acts late, by working days after its due (default 1): e.g. tham-dinh=2. Repeatable.",
            AllowMultipleArgumentsPerToken = false,
            Arity = ArgumentArity.ZeroOrMore,
        };
        var apology = new Option<string[]>("--apology")
        {
            Description = "Send an apology with a new appointment date one working day before the appointment: 2026-04-10[:reason]. Repeatable; a second one is refused.",
            AllowMultipleArgumentsPerToken = false,
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("simulate", "Run one dossier through the procedure on a simulated clock and print its timeline.")
        {
            file, submitted, path, data, lang, channel, late, apology,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(result =>
        {
            // Options are optional to the parser, so that a missing value or an unknown option is our one-line error, exit code 2.
            if (result.UnmatchedTokens.FirstOrDefault(t => t.StartsWith('-')) is { } unknown)
                return Fail(Console.Error, $"unknown option \"{unknown}\"; see procedures simulate --help");
            if (result.UnmatchedTokens.Count > 0)
                return Fail(Console.Error, $"simulate takes one procedure file; \"{result.UnmatchedTokens[0]}\" is one too many");
            foreach (var option in new Option[] { submitted, path, data, lang, channel, late, apology })
                if (result.GetResult(option) is { } given && given.Tokens.Count == 0 && given.IdentifierTokenCount > 0)
                    return Fail(Console.Error, $"{option.Name} needs a value; see procedures simulate --help");
            if (result.GetValue(file) is not { } procedureFile)
                return Fail(Console.Error, "missing the procedure file; usage: procedures simulate <file> --submitted <date-time>");
            var (arguments, error) = SimulateArguments.Parse(result.GetValue(submitted), result.GetValue(path), result.GetValue(lang),
                result.GetValue(channel), result.GetValue(late) ?? [], result.GetValue(apology) ?? []);
            return arguments is null
                ? Fail(Console.Error, error!)
                : Run(procedureFile, arguments, result.GetValue(data), Console.Out, Console.Error);
        });
        return command;
    }

    public static int Run(string path, SimulateArguments arguments, string? dataDirectory, TextWriter output, TextWriter error)
    {
        if (!File.Exists(path))
            return Fail(error, $"no such file \"{path}\"");
        var (folder, missing) = CalendarDataFolder.Find(dataDirectory, Path.GetDirectoryName(Path.GetFullPath(path))!, alsoUnderProcedures: false);
        if (folder is null)
            return Fail(error, missing!);
        var calendar = CalendarLoader.FromDirectory(folder);
        foreach (var problem in calendar.Diagnostics)
            error.WriteLine(problem.ToString());
        if (calendar.HasErrors)
            return 1;

        if (ProcedureLoader.LoadWithLanguage(path, error) is not { } loaded)
            return 1;
        var definition = new DefinitionStore().Publish(loaded.Definition).Definition;
        var language = arguments.Language ?? loaded.Language;
        var words = new TimelineWords(language);
        var outcomes = new OutcomeWords(language);
        var options = arguments.Options(definition.Facts, outcomes, words.DefaultApologyReason);

        var (instance, refusal) = new DossierSimulation(calendar.Calendar).Run(definition, arguments.SubmittedAt, arguments.Path, options);
        if (instance is not null)
            new TimelinePrinter(definition, words, outcomes).Print(instance, output);
        if (refusal is null)
            return 0;
        var messageLanguage = language == KeywordLanguage.Vietnamese ? MessageLanguage.Vietnamese : MessageLanguage.English;
        error.WriteLine($"procedures: error {refusal.Code}: {refusal.Message(messageLanguage)}");
        return 1;
    }

    static int Fail(TextWriter error, string message)
    {
        error.WriteLine($"procedures: error: {message}");
        return 2;
    }
}
