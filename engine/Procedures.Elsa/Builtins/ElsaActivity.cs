using System.Text.Json.Nodes;

namespace Procedures.Elsa.Builtins;

/// <summary>
/// One activity of the exported flowchart: a type a stock Elsa server registers, its inputs exactly as Elsa's own
/// exporter writes them, the step of the procedure it belongs to and the text Elsa Studio shows on it.
/// </summary>
internal sealed record ElsaActivity(string Id, string Type, JsonObject Inputs, StepFacts Facts, string DisplayText);

/// <summary>A connection: Elsa follows it when <see cref="Source"/> completes with the outcome <see cref="Port"/>.</summary>
internal sealed record ElsaConnection(string Source, string Port, string Target);
