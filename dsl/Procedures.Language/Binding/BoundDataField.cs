using Procedures.Workflows.Facts;
using Procedures.Language.Text;

namespace Procedures.Language.Binding;

/// <summary>
/// A field of the dossier's data: the C# name conditions read it by, the label a portal's form shows, its type,
/// whether it must be given, the values a choice allows, and help for the person filling it in.
/// </summary>
public sealed record BoundDataField(string Name, string Label, DataType Type, bool Required, IReadOnlyList<string> Values, string? Help, SourceSpan Span)
{
    /// <summary>The field as the workflow model carries it to the runtime and the portals.</summary>
    public DataField ToFact() => new(Name, Type, Required, [.. Values]) { Label = Label, Help = Help };
}

/// <summary>A set of data fields declared once in the shared catalogue and used by several procedures.</summary>
public sealed record BoundFieldSet(string Id, string Name, IReadOnlyList<BoundDataField> Fields);
