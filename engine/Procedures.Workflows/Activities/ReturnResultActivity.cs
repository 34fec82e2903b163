using System.Text.Json.Serialization;

namespace Procedures.Workflows.Activities;

/// <summary>
/// Return of the result by the one-stop office (Decree 61/2018 Art. 20), on time or late against the appointment.
/// <see cref="Agency"/> names the receiving agency whose one-stop office hands it back when that is not the executing
/// agency: the result goes back to the office that received the dossier.
/// </summary>
public sealed record ReturnResultActivity(string Id, string Name, string Unit) : Activity(Id, Name)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Agency { get; init; }

    public override ActivityKind Kind => ActivityKind.ReturnResult;
    public override IReadOnlyList<string> OutputPorts => [Ports.Done];
}
