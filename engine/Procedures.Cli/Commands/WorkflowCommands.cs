using System.CommandLine;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Procedures.Calendar.Cli;
using Procedures.Calendar.Data;
using Procedures.Runtime.Simulation;
using Procedures.Runtime.State;
using Procedures.Workflows.Export;
using Procedures.Workflows.Rendering;
using Procedures.Workflows.Versioning;

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

    public static Command Simulate()
    {
        var file = new Argument<string>("file") { Description = "A procedure file." };
        var submitted = new Option<string>("--submitted") { Description = "When the dossier is submitted, e.g. 2026-03-02T09:00 (Vietnam time).", Required = true };
        var path = new Option<string?>("--path") { Description = "Outcomes to take, in order, where a step has several: e.g. Received,sufficient,approve." };
        var data = new Option<string?>("--data") { Description = $"Folder of calendar data files (default: {CalendarTool.DefaultDataDirectory})." };
        var command = new Command("simulate", "Run one dossier through the procedure on a simulated clock and print its timeline.") { file, submitted, path, data };
        command.SetAction(result => RunSimulation(result.GetValue(file)!, result.GetValue(submitted)!, result.GetValue(path), result.GetValue(data), Console.Out, Console.Error));
        return command;
    }

    static int Print(string path, Func<Procedures.Workflows.WorkflowDefinition, string> render)
    {
        if (ProcedureLoader.Load(path, Console.Error) is not { } definition)
            return 1;
        Console.Out.Write(render(definition));
        return 0;
    }

    public static int RunSimulation(string path, string submitted, string? outcomes, string? dataDirectory, TextWriter output, TextWriter error)
    {
        var parsed = LocalDateTimePattern.GeneralIso.Parse(submitted);
        if (!parsed.Success)
            parsed = LocalDatePattern.Iso.Parse(submitted) is { Success: true } date
                ? ParseResult<LocalDateTime>.ForValue(date.Value.At(new LocalTime(8, 0)))
                : LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm").Parse(submitted);
        if (!parsed.Success)
        {
            error.WriteLine($"procedures: error: --submitted \"{submitted}\" is not a date-time; write it as 2026-03-02T09:00");
            return 2;
        }
        var directory = dataDirectory ?? CalendarTool.DefaultDataDirectory;
        var calendar = Directory.Exists(directory) ? CalendarLoader.FromDirectory(directory) : null;
        foreach (var problem in calendar?.Diagnostics ?? [])
            error.WriteLine(problem.ToString());
        if (calendar is { HasErrors: true })
            return 1;
        if (calendar is null)
            error.WriteLine($"procedures: warning: no calendar data in \"{directory}\"; counting by the Labour Code's rules alone");

        if (ProcedureLoader.Load(path, error) is not { } compiled)
            return 1;
        var definition = new DefinitionStore().Publish(compiled).Definition;
        var steps = (outcomes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var simulation = new DossierSimulation(calendar?.Calendar ?? new Procedures.Calendar.VietnamWorkingCalendar());
        var (instance, problemText) = simulation.Run(definition, parsed.Value, steps);
        if (instance is not null)
            Timeline(instance, output);
        if (problemText is not null)
        {
            error.WriteLine($"procedures: error: {problemText}");
            return 1;
        }
        return 0;
    }

    static void Timeline(WorkflowInstance instance, TextWriter output)
    {
        static string T(LocalDateTime? t) => t?.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) ?? "—";
        output.WriteLine($"Hồ sơ {instance.DossierNumber} · {instance.DefinitionId} phiên bản {instance.DefinitionVersion} ({instance.ContentHash})");
        output.WriteLine($"Nộp {T(instance.SubmittedAt)} · tiếp nhận {T(instance.ReceivedAt)} · hẹn trả {T(instance.DueAt)} · {instance.Status.Vietnamese()}");
        foreach (var entry in instance.Journal)
        {
            var punctuality = entry.Punctuality switch
            {
                Punctuality.OnTime => "đúng hạn",
                Punctuality.Late => "trễ hạn",
                _ => "",
            };
            output.WriteLine(string.Join(" | ", new[]
            {
                entry.Sequence.ToString(CultureInfo.InvariantCulture).PadLeft(2), entry.Step, entry.Unit ?? "", $"nhận {T(entry.ReceivedAt)}",
                $"hạn {T(entry.DueAt)}", $"xong {T(entry.DoneAt)}", entry.Outcome ?? "", punctuality, entry.Status.Vietnamese(),
            }).TrimEnd(' ', '|'));
        }
    }
}
