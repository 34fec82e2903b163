using System.Collections.Immutable;

namespace Procedures.Workflows.Facts;

/// <summary>
/// One field of a dossier's data: the C# identifier conditions read it by, its type, whether it must be given, the
/// values a choice allows, and for a portal's form its label and help.
/// </summary>
public sealed record DataField(string Name, DataType Type, bool Required, ImmutableArray<string> Values = default)
{
    public ImmutableArray<string> Values { get; init; } = Values.IsDefault ? [] : Values;

    public string Label { get; init; } = Name;

    public string? Help { get; init; }
}
