using Procedures.Language.Text;

namespace Procedures.Language.Syntax.Nodes;

/// <summary>A parsed file: its procedure and/or catalogue entries, its comments, and its keyword set.</summary>
public sealed record FileSyntax(
    SourceFile Source,
    KeywordLanguage Language,
    bool LanguageDeclared,
    ProcedureSyntax? Procedure,
    IReadOnlyList<AgencySyntax> Agencies,
    IReadOnlyList<DocumentDeclarationLine> Documents,
    IReadOnlyList<SubjectDeclarationLine> Subjects,
    IReadOnlyList<CommentSyntax> Comments,
    IReadOnlyList<LineSyntax> Lines)
{
    /// <summary>Shared sets of data fields declared in a catalogue file.</summary>
    public IReadOnlyList<FieldSetSyntax> FieldSets { get; init; } = [];
}

public sealed record CommentSyntax(string Text, SourceSpan Span);

public sealed record ProcedureSyntax(ProcedureLine Header, IReadOnlyList<LineSyntax> Clauses, DocumentsSyntax? Documents, StepsSyntax? Steps)
{
    /// <summary>The dossier's data, when the procedure declares it.</summary>
    public DataSyntax? Data { get; init; }

    /// <summary>The requirements and conditions (yêu cầu, điều kiện), when the procedure states them.</summary>
    public RequirementsSyntax? Requirements { get; init; }

    /// <summary>The keywords of fact lines (and block headers) that did not parse: the binder does not call those facts missing.</summary>
    public IReadOnlyList<TokenKind> BrokenFacts { get; init; } = [];
}

/// <summary>The <c>data</c> block: fields declared here and field sets used from the catalogue, in file order.</summary>
public sealed record DataSyntax(DataLine Line, IReadOnlyList<LineSyntax> Entries);

public sealed record FieldSetSyntax(FieldSetDeclarationLine Line, IReadOnlyList<DataFieldLine> Fields);

public sealed record DocumentsSyntax(DocumentsLine Line, IReadOnlyList<DocumentLine> Common, IReadOnlyList<CaseSyntax> Cases);

public sealed record CaseSyntax(CaseLine Line, IReadOnlyList<DocumentLine> Documents);

/// <param name="BrokenLines">How many step lines did not parse: the flow is then not checked as a whole.</param>
/// <param name="BrokenIds">Ids of those lines, so references to them are not reported again.</param>
public sealed record StepsSyntax(StepsLine Line, IReadOnlyList<StepSyntax> Steps, int BrokenLines, IReadOnlyList<string> BrokenIds)
{
    /// <summary>The phase lines, each with the index in <see cref="Steps"/> of the first step written after it.</summary>
    public IReadOnlyList<PhaseSyntax> Phases { get; init; } = [];
}

public sealed record PhaseSyntax(PhaseLine Line, int FirstStep);

public sealed record StepSyntax(StepLine Line, IReadOnlyList<WithLine> Consultations, IReadOnlyList<ToLine> Stops, IReadOnlyList<OutcomeLine> Outcomes);

public sealed record AgencySyntax(AgencyDeclarationLine Line, IReadOnlyList<UnitDeclarationLine> Units);
