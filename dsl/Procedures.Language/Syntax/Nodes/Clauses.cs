using Procedures.Language.Text;

namespace Procedures.Language.Syntax.Nodes;

/// <summary>What may follow a document's name: its form, how many originals and copies, whether it is optional, when it applies.</summary>
public abstract record DocumentModifier(KeywordSyntax Keyword);
public sealed record FormModifier(KeywordSyntax Keyword, Quoted Form) : DocumentModifier(Keyword);
public sealed record CountModifier(KeywordSyntax Keyword, NumberLiteral Count) : DocumentModifier(Keyword);
public sealed record OptionalModifier(KeywordSyntax Keyword) : DocumentModifier(Keyword);
public sealed record WhenModifier(KeywordSyntax Keyword, Condition Condition) : DocumentModifier(Keyword);

/// <summary>What may follow a step's title: who does it, within what time, under what condition, to which agency.</summary>
public abstract record StepClause(KeywordSyntax Keyword);
/// <summary>
/// Who does the step: the one-stop office, a unit or agency named in quotes, the applicant (<see cref="Performer"/>
/// <c>applicant</c>), or a party that is not an agency (<see cref="Performer"/> <c>party</c> and its name in
/// <see cref="Unit"/>).
/// </summary>
public sealed record ByClause(KeywordSyntax Keyword, KeywordSyntax? OneStop, Quoted? Unit) : StepClause(Keyword)
{
    public KeywordSyntax? Performer { get; init; }

    public SourceSpan Span => Unit?.Span ?? OneStop?.Span ?? Performer!.Span;
}
public sealed record WithinClause(KeywordSyntax Keyword, TimeLimitSyntax Limit) : StepClause(Keyword);
public sealed record IfClause(KeywordSyntax Keyword, Condition Condition) : StepClause(Keyword);
public sealed record ToClause(KeywordSyntax Keyword, Quoted Agency) : StepClause(Keyword);
