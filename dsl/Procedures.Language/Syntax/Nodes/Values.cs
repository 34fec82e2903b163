using Procedures.Language.Text;

namespace Procedures.Language.Syntax.Nodes;

/// <summary>An identifier: a step id, a document id, a subject code, an outcome name.</summary>
public sealed record Word(string Text, SourceSpan Span);

/// <summary>A quoted text, unescaped: a name, a title, a document code.</summary>
public sealed record Quoted(string Value, SourceSpan Span);

/// <summary>A number as written (kept as text so the binder can say exactly what is wrong with it).</summary>
public sealed record NumberLiteral(string Text, SourceSpan Span);

/// <summary>A date as written, <c>YYYY-MM-DD</c>.</summary>
public sealed record DateLiteral(string Text, SourceSpan Span);

/// <summary>A condition: C# expression text between backticks, kept with its span for a later compiler.</summary>
public sealed record Condition(string Code, SourceSpan Span);

/// <summary>A keyword occurrence, remembered so the formatter can translate it and the binder can check the language.</summary>
public sealed record KeywordSyntax(TokenKind Kind, SourceSpan Span);

/// <summary><c>20 working days</c>, <c>0.5 ngày làm việc</c>, <c>30 days</c>, <c>8 hours</c>, <c>3 months</c>.</summary>
public sealed record TimeLimitSyntax(NumberLiteral Amount, KeywordSyntax Unit, SourceSpan Span)
{
    /// <summary>The step the limit is counted from (<c>from giam-dinh</c>), where the line allows one; else from the start.</summary>
    public Word? From { get; init; }
}

/// <summary>Either an identifier or a keyword, e.g. an outcome name (<c>approve</c>, <c>yes</c>) or a target (<c>decide</c>, <c>refuse</c>).</summary>
public sealed record Name(Word? Word, KeywordSyntax? Keyword)
{
    public SourceSpan Span => Word?.Span ?? Keyword!.Span;
}

/// <summary>A data field's type: a type keyword, and for <c>one of</c> / <c>list of</c> the values allowed.</summary>
public sealed record DataTypeSyntax(KeywordSyntax Kind, IReadOnlyList<Quoted> Values, SourceSpan Span);
