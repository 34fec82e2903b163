using System.Collections.Immutable;

namespace Procedures.Runtime.Messages;

/// <summary>
/// Why the engine refused a start or a stimulus: a stable code of <see cref="RefusalCatalogue"/> and its arguments.
/// Plain data, so a durable store can persist it and a host can show it in the caller's language later.
/// </summary>
public sealed record Refusal(string Code, ImmutableArray<string> Arguments)
{
    /// <summary>The problems a refusal sums up (each field of invalid dossier data, say), each with its own code.</summary>
    public ImmutableArray<Refusal> Details { get; init; } = [];

    public string Message(MessageLanguage language)
    {
        var own = RefusalCatalogue.Find(Code) is { } descriptor ? descriptor.Format(language, Arguments) : $"{Code} {string.Join(", ", Arguments)}";
        return Details.IsDefaultOrEmpty ? own : own + ": " + string.Join("; ", Details.Select(d => d.Message(language)));
    }

    public override string ToString() => $"{Code}: {Message(MessageLanguage.English)}";

    public bool Equals(Refusal? other) => other is not null && Code == other.Code && Arguments.SequenceEqual(other.Arguments)
        && (Details.IsDefaultOrEmpty ? other.Details.IsDefaultOrEmpty : !other.Details.IsDefaultOrEmpty && Details.SequenceEqual(other.Details));

    public override int GetHashCode() => HashCode.Combine(Code, Arguments.Length);
}
