namespace Procedures.Workflows.Activities;

/// <summary>
/// A notice (thông báo) that goes out and awaits nothing, e.g. the decision sent to the social insurance agency: the
/// dossier goes on at once through <c>Done</c>. <see cref="Sender"/> is the unit that sends it, or null for the dossier's
/// executing agency itself (which may depend on the dossier); <see cref="Recipient"/> is the agency it goes to. The
/// control record gets a row and the run reports a notice a host may deliver.
/// </summary>
public sealed record NoticeActivity(string Id, string Name, string? Sender, string Recipient) : Activity(Id, Name)
{
    public override ActivityKind Kind => ActivityKind.Notice;
    public override IReadOnlyList<string> OutputPorts => [Ports.Done];
}
