using Procedures.Language.Syntax.Nodes;
using Procedures.Language.Text;

namespace Procedures.Language.Binding;

/// <summary>A condition as bound: its C# text without surrounding spaces, and where that text stands in the file.</summary>
public sealed record BoundCondition(string Text, SourceSpan Span)
{
    public static BoundCondition Of(Condition condition)
    {
        var code = condition.Code;
        var lead = code.Length - code.TrimStart().Length;
        var text = code.Trim();
        return new BoundCondition(text, condition.Span with
        {
            Start = condition.Span.Start + lead,
            Length = text.Length,
            Column = condition.Span.Column + lead,
        });
    }
}
