namespace Procedures.Workflows;

/// <summary>One end of a connection: an activity id and a port name.</summary>
public sealed record Endpoint(string Activity, string Port);
