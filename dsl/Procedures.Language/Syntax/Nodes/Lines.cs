using Procedures.Language.Text;

namespace Procedures.Language.Syntax.Nodes;

/// <summary>
/// One line of a file. The language is line-oriented: every fact is one line that starts with a keyword
/// (or an id), so a broken line is reported and skipped while the rest of the file is still read.
/// </summary>
public abstract record LineSyntax(SourceSpan Span)
{
    /// <summary>The keyword that opens the line, if any; kept for language checks and translation.</summary>
    public KeywordSyntax? Lead { get; init; }

    /// <summary>Every keyword on the line, in order.</summary>
    public IReadOnlyList<KeywordSyntax> Keywords { get; init; } = [];
}

// Blocks
public sealed record ProcedureLine(NumberLiteral Code, Quoted Name, SourceSpan Span) : LineSyntax(Span);
public sealed record DocumentsLine(SourceSpan Span) : LineSyntax(Span);
public sealed record StepsLine(SourceSpan Span) : LineSyntax(Span);

// Procedure header
public sealed record FieldLine(Quoted Field, SourceSpan Span) : LineSyntax(Span);
public sealed record LevelLine(IReadOnlyList<KeywordSyntax> Levels, SourceSpan Span) : LineSyntax(Span);
/// <summary>An executing agency; with a condition, it takes the dossiers whose data meet it (the first that holds).</summary>
public sealed record AgencyLine(Quoted Agency, Condition? When, SourceSpan Span) : LineSyntax(Span);
/// <summary>The agency whose one-stop office receives the dossier and hands the result back, when not the executing agency.</summary>
public sealed record ReceivingAgencyLine(Quoted Agency, SourceSpan Span) : LineSyntax(Span);
/// <summary>The agency starts the procedure itself: nobody submits it.</summary>
public sealed record StartedByAgencyLine(SourceSpan Span) : LineSyntax(Span);
public sealed record CoordinatingLine(IReadOnlyList<Quoted> Agencies, SourceSpan Span) : LineSyntax(Span);
public sealed record ApplicantsLine(IReadOnlyList<Word> Subjects, SourceSpan Span) : LineSyntax(Span);
public sealed record BasisLine(Quoted DocumentCode, Quoted DocumentName, Quoted? Article, SourceSpan Span) : LineSyntax(Span);
public sealed record PublishedLine(Quoted Decision, DateLiteral? Date, SourceSpan Span) : LineSyntax(Span);
public sealed record EffectiveLine(DateLiteral Date, SourceSpan Span) : LineSyntax(Span);
public sealed record AbolishedLine(DateLiteral Date, Quoted? Decision, SourceSpan Span) : LineSyntax(Span);
public sealed record DeadlineLine(TimeLimitSyntax Limit, SourceSpan Span) : LineSyntax(Span);
/// <summary>A result: <c>kết quả "…" [mẫu "…"] [có giá trị T] [thủ tục CODE]</c>; a procedure may have several.</summary>
public sealed record ResultLine(Quoted Result, Quoted? Form, TimeLimitSyntax? ValidFor, NumberLiteral? Procedure, SourceSpan Span) : LineSyntax(Span);
/// <summary>
/// The sector law's own rule on requests to complete (<c>bổ sung hồ sơ tính lại thời hạn theo "…"</c>,
/// <c>bổ sung hồ sơ nhiều lần theo "…"</c>), citing the law and, if given, its article.
/// </summary>
public sealed record CompletionRuleLine(KeywordSyntax Rule, Quoted Law, Quoted? Article, SourceSpan Span) : LineSyntax(Span);
public sealed record ChannelLine(KeywordSyntax Channel, KeywordSyntax? Mode, TimeLimitSyntax? Limit, NumberLiteral? Fee, Quoted? FeeNote, SourceSpan Span) : LineSyntax(Span);

// Documents
public sealed record CaseLine(Quoted Name, Condition? When, SourceSpan Span) : LineSyntax(Span);

/// <summary>
/// A document of a checklist: with an id it is declared here; without one its name refers to the shared catalogue.
/// A line led by <c>một trong</c> / <c>one of</c> is a choice: the documents indented under it are its
/// <see cref="Alternatives"/>, one of which the applicant supplies.
/// </summary>
public sealed record DocumentLine(Word? Id, Quoted Name, IReadOnlyList<DocumentModifier> Modifiers, SourceSpan Span) : LineSyntax(Span)
{
    public IReadOnlyList<DocumentLine> Alternatives { get; init; } = [];

    public bool IsOneOf => Lead?.Kind == TokenKind.OneOf;
}

// Steps
public sealed record StepLine(KeywordSyntax Kind, Word Id, Quoted Title, IReadOnlyList<StepClause> Clauses, SourceSpan Span) : LineSyntax(Span);
public sealed record WithLine(Quoted Agency, TimeLimitSyntax? Limit, SourceSpan Span) : LineSyntax(Span);
public sealed record ToLine(Quoted Agency, Quoted? Task, TimeLimitSyntax? Limit, SourceSpan Span) : LineSyntax(Span);
/// <summary><c>outcome -> target</c>, optionally <c>within T</c>: the outcome is due that long after the step started.</summary>
public sealed record OutcomeLine(Name Outcome, Name Target, SourceSpan Span) : LineSyntax(Span)
{
    public TimeLimitSyntax? Limit { get; init; }
}

/// <summary><c>phase id "title" within T [from STEP] [result "…"]</c>: the steps after it, until the next phase, are a phase.</summary>
public sealed record PhaseLine(Word Id, Quoted Title, TimeLimitSyntax? Limit, Quoted? Result, SourceSpan Span) : LineSyntax(Span);

// Dossier data
public sealed record DataLine(SourceSpan Span) : LineSyntax(Span);

/// <summary>A field of the dossier's data: C# identifier, label, type, required or optional, help for the portal's form.</summary>
public sealed record DataFieldLine(Word Name, Quoted Label, DataTypeSyntax Type, KeywordSyntax? Requirement, Quoted? Help, SourceSpan Span) : LineSyntax(Span);

/// <summary>Uses a field set declared in the shared catalogue.</summary>
public sealed record UseLine(Word Set, SourceSpan Span) : LineSyntax(Span);

// Shared catalogues
public sealed record FieldSetDeclarationLine(Word Id, Quoted Name, SourceSpan Span) : LineSyntax(Span);
public sealed record AgencyDeclarationLine(Quoted Name, Quoted? Code, KeywordSyntax? Level, SourceSpan Span) : LineSyntax(Span);
public sealed record UnitDeclarationLine(Quoted Name, SourceSpan Span) : LineSyntax(Span);
public sealed record DocumentDeclarationLine(Word Id, Quoted Name, IReadOnlyList<DocumentModifier> Modifiers, SourceSpan Span) : LineSyntax(Span);
public sealed record SubjectDeclarationLine(Word Code, Quoted Name, SourceSpan Span) : LineSyntax(Span);
