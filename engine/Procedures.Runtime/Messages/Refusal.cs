using System.Collections.Immutable;

namespace Procedures.Runtime.Messages;

/// <summary>
/// Why the engine refused a start or a stimulus: a stable code of <see cref="RefusalCatalogue"/> and its arguments.
/// Plain data, so a durable store can persist it and a host can show it in the caller's language later.
/// </summary>
public sealed record Refusal(string Code, ImmutableArray<string> Arguments)
{
    public string Message(MessageLanguage language) =>
        RefusalCatalogue.Find(Code) is { } descriptor ? descriptor.Format(language, Arguments) : $"{Code} {string.Join(", ", Arguments)}";

    public override string ToString() => $"{Code}: {Message(MessageLanguage.English)}";

    public bool Equals(Refusal? other) => other is not null && Code == other.Code && Arguments.SequenceEqual(other.Arguments);

    public override int GetHashCode() => HashCode.Combine(Code, Arguments.Length);
}
