using System.CommandLine;
using Procedures.Cli.Text;
using Procedures.Elsa;
using Procedures.Language.Syntax;
using Procedures.Workflows;
using Procedures.Workflows.Rendering;
using Procedures.Workflows.Versioning;

namespace Procedures.Cli.Commands;

/// <summary><c>export-elsa</c>, <c>render</c> and <c>simulate</c>: what a procedure file compiles to and how a dossier moves through it.</summary>
public static class WorkflowCommands
{
    public const string ProfileOption = "--profile";

    /// <summary>
    /// <c>export-elsa &lt;file&gt; [--profile builtins|procedures]</c>: the file's procedure published as version 1 of its
    /// own (a lone file has no earlier version), in the profile asked for; a profile that does not exist is exit code 2.
    /// </summary>
    public static Command ExportElsa(CliText text)
    {
        var profile = new Option<string?>(ProfileOption) { Description = text.Help.ExportElsaProfile, HelpName = string.Join('|', ElsaProfiles.Names) };
        return Printing("export-elsa", text.Help.ExportElsa, text.Help, [profile], (result, lang) => Exporter(result.GetValue(profile), lang));
    }

    /// <summary>The export in the profile named (the default when none is), or null after printing that no profile has that name.</summary>
    static Func<WorkflowDefinition, string>? Exporter(string? name, KeywordLanguage? lang)
    {
        if (name is null)
            return d => ElsaExporter.Export(Published(d));
        if (ElsaProfiles.Parse(name) is { } profile)
            return d => ElsaExporter.Export(Published(d), profile);
        var words = CliText.For(lang ?? OutputLanguage.Default);
        Console.Error.WriteLine(words.ErrorLine(words.BadOptionValue(ProfileOption, name, string.Join(", ", ElsaProfiles.Names))));
        return null;
    }

    public static Command Render(CliText text) =>
        Printing("render", text.Help.Render, text.Help, [], (_, _) => d => MermaidRenderer.Render(d));

    /// <summary><c>simulate</c>; see <see cref="SimulateCommand"/>.</summary>
    public static Command Simulate(CliText text) => SimulateCommand.Create(text);

    static WorkflowDefinition Published(WorkflowDefinition definition) => new DefinitionStore().Publish(definition).Definition;

    /// <summary>
    /// A command that prints what one procedure file compiles to. <paramref name="renderer"/> reads the command's own
    /// options and gives the rendering, or null after printing why an option is wrong (exit code 2).
    /// </summary>
    static Command Printing(string name, string description, HelpText help, IReadOnlyList<Option> options,
        Func<ParseResult, KeywordLanguage?, Func<WorkflowDefinition, string>?> renderer)
    {
        var file = new Argument<string>("file") { Description = help.ProcedureFile };
        var lang = new Option<string?>(OutputLanguage.Option) { Description = help.ErrorLanguage };
        var command = new Command(name, description) { file };
        foreach (var option in options)
            command.Options.Add(option);
        command.Options.Add(lang);
        command.SetAction(result =>
        {
            if (!CliText.TryChosen(result.GetValue(lang), Console.Error, out var chosen))
                return ParseErrors.ExitCode;
            return renderer(result, chosen) is { } render ? Print(result.GetValue(file)!, chosen, render) : ParseErrors.ExitCode;
        });
        return command;
    }

    /// <summary>0 printed; 1 the file has errors or holds no procedure; 2 no such file (as <c>check</c> and <c>simulate</c>).</summary>
    static int Print(string path, KeywordLanguage? chosen, Func<WorkflowDefinition, string> render)
    {
        if (!File.Exists(path))
        {
            var text = CliText.For(chosen ?? OutputLanguage.Default);
            Console.Error.WriteLine(text.ErrorLine(text.NoSuchFile(path)));
            return ParseErrors.ExitCode;
        }
        if (ProcedureLoader.Load(path, chosen, Console.Error) is not { } definition)
            return 1;
        Console.Out.Write(render(definition));
        return 0;
    }
}
