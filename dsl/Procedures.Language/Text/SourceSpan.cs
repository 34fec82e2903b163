namespace Procedures.Language.Text;

/// <summary>A range of a source file: offset and length in characters, 1-based line and column of its start.</summary>
public readonly record struct SourceSpan(int Start, int Length, int Line, int Column)
{
    public int End => Start + Length;

    public static SourceSpan Cover(SourceSpan first, SourceSpan last) =>
        new(first.Start, Math.Max(first.Length, last.End - first.Start), first.Line, first.Column);
}
