namespace Procedures.Elsa.Builtins;

/// <summary>Where a fragment is left through one of its step's ports: an Elsa activity and its outcome.</summary>
internal sealed record Exit(string Activity, string Outcome);

/// <summary>
/// The Elsa activities one step of the procedure becomes, the connections between them, and for each of the step's
/// ports the activity and outcome that leave the fragment through it. The first activity is the fragment's entry and
/// has the step's own id, so that an Elsa activity id names the step it starts.
/// </summary>
internal sealed record Fragment(IReadOnlyList<ElsaActivity> Activities, IReadOnlyList<ElsaConnection> Connections, IReadOnlyDictionary<string, Exit> Exits)
{
    public string Entry => Activities[0].Id;
}
