using System.Collections.Immutable;
using NodaTime;
using Procedures.Workflows.Facts;

namespace Procedures.Runtime.Simulation;

/// <summary>An apology the simulated agency sends with its new appointment date (Circular 01/2018 form 04).</summary>
public sealed record ApologyPlan(LocalDate NewDate, string Reason);

/// <summary>
/// What may vary in a simulated run: the channel the dossier comes through (its own deadline applies), the steps or
/// agencies that act late and by how many working days, the apologies sent, and how path words are read.
/// </summary>
public sealed record SimulationOptions
{
    public ChannelKind? Channel { get; init; }

    /// <summary>Step id, step title or agency/unit name → working days after its due at which it acts.</summary>
    public ImmutableDictionary<string, decimal> Late { get; init; } = ImmutableDictionary<string, decimal>.Empty;

    public ImmutableArray<ApologyPlan> Apologies { get; init; } = [];

    public IOutcomeWords Words { get; init; } = PortNameWords.Instance;

    /// <summary>The dossier's data as a portal would submit it; null submits none (and decisions that need it wait for an officer).</summary>
    public ImmutableSortedDictionary<string, System.Text.Json.JsonElement>? Data { get; init; }

    public static SimulationOptions Default { get; } = new();
}
