using Procedures.Runtime.Messages;

namespace Procedures.Engine;

/// <summary>What a query of the engine came to: its value, or why it cannot be answered (a stable refusal code).</summary>
public sealed record EngineAnswer<T>(T? Value, Refusal? Refusal) where T : class
{
    public bool Succeeded => Refusal is null;

    internal static EngineAnswer<T> Of(T value) => new(value, null);

    internal static EngineAnswer<T> Refused(Refusal refusal) => new(null, refusal);
}
