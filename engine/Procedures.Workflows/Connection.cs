using Procedures.Workflows.Activities;

namespace Procedures.Workflows;

/// <summary>An edge of the flowchart, as in Elsa: <c>source.activity/port → target.activity/port</c>.</summary>
public sealed record Connection(Endpoint Source, Endpoint Target)
{
    /// <summary>Connects <paramref name="port"/> of <paramref name="from"/> to the input port <c>In</c> of <paramref name="to"/>.</summary>
    public static Connection Create(string from, string port, string to) => new(new(from, port), new(to, Ports.In));
}
