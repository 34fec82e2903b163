namespace Procedures.Workflows.Activities;

/// <summary>
/// Parallel consultation: every agency is asked at once, each with its own deadline; the step joins on all
/// replies. A late reply is recorded as late and reported (Decree 61/2018 Art. 19).
/// </summary>
public sealed record ConsultationActivity(string Id, string Name, IReadOnlyList<ConsultedAgency> Agencies) : Activity(Id, Name)
{
    public override ActivityKind Kind => ActivityKind.Consultation;
    public override IReadOnlyList<string> OutputPorts => [Ports.Done];
}
