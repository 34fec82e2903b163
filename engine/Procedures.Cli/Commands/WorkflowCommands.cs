using System.CommandLine;
using Procedures.Workflows.Export;
using Procedures.Workflows.Rendering;

namespace Procedures.Cli.Commands;

/// <summary><c>export-elsa</c>, <c>render</c> and <c>simulate</c>: what a procedure file compiles to and how a dossier moves through it.</summary>
public static class WorkflowCommands
{
    public static Command ExportElsa()
    {
        var file = new Argument<string>("file") { Description = "A procedure file." };
        var command = new Command("export-elsa", "Print the procedure as an Elsa 3 workflow definition (JSON).") { file };
        command.SetAction(result => Print(result.GetValue(file)!, d => ElsaExporter.Export(d)));
        return command;
    }

    public static Command Render()
    {
        var file = new Argument<string>("file") { Description = "A procedure file." };
        var command = new Command("render", "Print the procedure's flowchart as Mermaid.") { file };
        command.SetAction(result => Print(result.GetValue(file)!, d => MermaidRenderer.Render(d)));
        return command;
    }

    /// <summary><c>simulate</c>; see <see cref="SimulateCommand"/>.</summary>
    public static Command Simulate() => SimulateCommand.Create();

    /// <summary>0 printed; 1 the file has errors; 2 no such file (as <c>check</c> and <c>simulate</c>).</summary>
    static int Print(string path, Func<Procedures.Workflows.WorkflowDefinition, string> render)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"procedures: error: no such file \"{path}\"");
            return 2;
        }
        if (ProcedureLoader.Load(path, Console.Error) is not { } definition)
            return 1;
        Console.Out.Write(render(definition));
        return 0;
    }
}
