using System.CommandLine;
using Procedures.Cli.Text;
using Procedures.Workflows.Export;
using Procedures.Workflows.Rendering;

namespace Procedures.Cli.Commands;

/// <summary><c>export-elsa</c>, <c>render</c> and <c>simulate</c>: what a procedure file compiles to and how a dossier moves through it.</summary>
public static class WorkflowCommands
{
    public static Command ExportElsa(CliText text) =>
        Printing("export-elsa", text.Help.ExportElsa, text.Help, d => ElsaExporter.Export(d));

    public static Command Render(CliText text) =>
        Printing("render", text.Help.Render, text.Help, d => MermaidRenderer.Render(d));

    /// <summary><c>simulate</c>; see <see cref="SimulateCommand"/>.</summary>
    public static Command Simulate(CliText text) => SimulateCommand.Create(text);

    static Command Printing(string name, string description, HelpText help, Func<Procedures.Workflows.WorkflowDefinition, string> render)
    {
        var file = new Argument<string>("file") { Description = help.ProcedureFile };
        var lang = new Option<string?>(OutputLanguage.Option) { Description = help.ErrorLanguage };
        var command = new Command(name, description) { file, lang };
        command.SetAction(result => Print(result.GetValue(file)!, result.GetValue(lang), render));
        return command;
    }

    /// <summary>0 printed; 1 the file has errors or holds no procedure; 2 no such file or a bad --lang (as <c>check</c> and <c>simulate</c>).</summary>
    static int Print(string path, string? lang, Func<Procedures.Workflows.WorkflowDefinition, string> render)
    {
        if (!CliText.TryChosen(lang, Console.Error, out var chosen))
            return ParseErrors.ExitCode;
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
