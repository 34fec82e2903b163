using System.Text.Json.Serialization;
using Procedures.Calendar;

namespace Procedures.Workflows.Activities;

/// <summary>
/// Receipt at the one-stop office (Decree 61/2018 Art. 17): the officer checks the dossier and issues a receipt
/// with the appointment date and dossier number (<c>Received</c>, form 01), a request to complete (<c>Incomplete</c>,
/// form 02) or a refusal with reasons (<c>Refused</c>, form 03). The procedure's deadline starts at <c>Received</c>.
/// <see cref="Agency"/> names the receiving agency whose one-stop office it is when that is not the executing agency.
/// </summary>
public sealed record ReceiptActivity(string Id, string Name, string Unit, TimeLimit TimeLimit) : Activity(Id, Name)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Agency { get; init; }

    public override ActivityKind Kind => ActivityKind.Receipt;
    public override IReadOnlyList<string> OutputPorts => [Ports.Received, Ports.Incomplete, Ports.Refused];
}
