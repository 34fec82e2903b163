using System.Collections.Immutable;

namespace Procedures.Expressions;

/// <summary>One field of a dossier's data: its C# identifier, type, whether it must be given, and the values a choice allows.</summary>
public sealed record DataField(string Name, DataType Type, bool Required, ImmutableArray<string> Values = default)
{
    public ImmutableArray<string> Values { get; init; } = Values.IsDefault ? [] : Values;
}
