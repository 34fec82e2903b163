using Procedures.Language.Syntax.Nodes;
using Superpower;
using Superpower.Model;

namespace Procedures.Language.Syntax;

/// <summary>Where the reader of a file stands: the block the lines it reads now go into.</summary>
enum Section { Top, Facts, Data, Requirements, Documents, Steps, Catalogue, Agency, FieldSet, Ignored }

/// <summary>
/// One kind of line: the token that opens it, its grammar, the sections it may stand in and the place it belongs
/// (named in the "cannot stand here" message when it stands elsewhere), whether a procedure may repeat it, the
/// section it opens and whether lines below it belong to it.
/// </summary>
/// <param name="Tail">What may still follow its required values, named in a syntax error when something else does.</param>
sealed record LineKind(
    TokenKind Lead,
    TokenListParser<TokenKind, LineSyntax> Grammar,
    Section[] StandsIn,
    Placement BelongsIn,
    IReadOnlyList<string> Tail)
{
    public bool Repeats { get; init; }

    /// <summary>The section the reader enters after a line of this kind, even a broken one.</summary>
    public Section? Opens { get; init; }

    /// <summary>Lines below it belong to it (the lines of a step, a case, an agency, a field set).</summary>
    public bool HasChildren { get; init; }

    /// <summary>It belongs to the line above it; a broken one leaves the reader where it was.</summary>
    public bool IsSubLine { get; init; }

    /// <summary>A line that opens with this token elsewhere is out of place; for an id it is only a line that does not parse.</summary>
    public bool ReportedElsewhere { get; init; } = true;
}

/// <summary>
/// The one table of which line may appear where. The file builder reads it to choose a line's grammar and to say
/// where a misplaced line belongs, the formatter for the canonical order of the facts (the order of the rows), the
/// binder for which facts may repeat. A new kind of line is one row here, its node, its grammar and its layout.
/// </summary>
static class LineKinds
{
    static readonly Section[] InProcedure = [Section.Facts, Section.Data, Section.Requirements, Section.Documents, Section.Steps];
    static readonly Section[] OutsideProcedure = [Section.Top, Section.Catalogue, Section.Agency, Section.FieldSet];
    static readonly Section[] Facts = [Section.Facts];

    static string K(TokenKind kind) => "`" + KeywordTable.Instance.Spell(kind, KeywordLanguage.English) + "`";

    static readonly string[] DocumentTail =
    [
        K(TokenKind.Form), "number", K(TokenKind.Optional), K(TokenKind.When), K(TokenKind.IssuedWithin), K(TokenKind.ConsularLegalisation),
        K(TokenKind.CertifiedTranslation), K(TokenKind.ElectronicAccepted), K(TokenKind.LookedUpIn), K(TokenKind.Of),
    ];

    static LineKind Fact(TokenKind lead, TokenListParser<TokenKind, LineSyntax> grammar, params string[] tail) =>
        new(lead, grammar, Facts, Placement.Facts, tail);

    /// <summary>In canonical order: the facts in the order the formatter prints them.</summary>
    static readonly LineKind[] Rows =
    [
        new(TokenKind.Procedure, Grammar.ProcedureLine, [.. InProcedure, .. OutsideProcedure], Placement.Catalogue, []) { Opens = Section.Facts },
        Fact(TokenKind.Field, Grammar.FieldLine),
        Fact(TokenKind.Level, Grammar.LevelLine),
        Fact(TokenKind.Agency, Grammar.AgencyLine, K(TokenKind.When)) with { Repeats = true },
        Fact(TokenKind.ReceivingAgency, Grammar.ReceivingAgencyLine),
        Fact(TokenKind.StartedByAgency, Grammar.StartedByAgencyLine),
        Fact(TokenKind.Coordinating, Grammar.CoordinatingLine),
        Fact(TokenKind.Applicants, Grammar.ApplicantsLine),
        Fact(TokenKind.Basis, Grammar.BasisLine, K(TokenKind.Article)) with { Repeats = true },
        Fact(TokenKind.Published, Grammar.PublishedLine, "date (YYYY-MM-DD)"),
        Fact(TokenKind.Effective, Grammar.EffectiveLine),
        Fact(TokenKind.Abolished, Grammar.AbolishedLine, K(TokenKind.By)),
        Fact(TokenKind.Deadline, Grammar.DeadlineLine, K(TokenKind.From)),
        Fact(TokenKind.CompletionRestarts, Grammar.CompletionRuleLine, K(TokenKind.Article)),
        Fact(TokenKind.CompletionRepeats, Grammar.CompletionRuleLine, K(TokenKind.Article)),
        Fact(TokenKind.Channel, Grammar.ChannelLine, K(TokenKind.Within), K(TokenKind.Fee)) with { Repeats = true },
        Fact(TokenKind.Fee, Grammar.FeeLine, K(TokenKind.When)) with { Repeats = true },
        Fact(TokenKind.Result, Grammar.ResultLine, K(TokenKind.Form), K(TokenKind.ValidFor), K(TokenKind.Procedure)) with { Repeats = true },
        Fact(TokenKind.RefusalResult, Grammar.RefusalResultLine, K(TokenKind.Form)),
        Fact(TokenKind.Payment, Grammar.PaymentLine, "number", "text in quotes", K(TokenKind.When), K(TokenKind.Phase)) with { Repeats = true },
        Fact(TokenKind.Apply, Grammar.ApplyLine, K(TokenKind.When), K(TokenKind.LateAccepted)) with { Repeats = true },
        Fact(TokenKind.Duty, Grammar.DutyLine, K(TokenKind.Procedure)) with { Repeats = true },

        new(TokenKind.Data, Grammar.DataLine, InProcedure, Placement.AfterProcedure, []) { Opens = Section.Data },
        new(TokenKind.Use, Grammar.UseLine, [Section.Data], Placement.DataBlock, []) { Repeats = true },

        new(TokenKind.Requirements, Grammar.RequirementsLine, InProcedure, Placement.AfterProcedure, []) { Opens = Section.Requirements },

        new(TokenKind.Documents, Grammar.DocumentsLine, InProcedure, Placement.AfterProcedure, []) { Opens = Section.Documents },
        new(TokenKind.Case, Grammar.CaseLine, [Section.Documents], Placement.DocumentsBlock, [K(TokenKind.When)]) { Repeats = true, HasChildren = true },
        new(TokenKind.String, Grammar.SharedDocumentLine, [Section.Documents], Placement.DocumentsBlock, DocumentTail) { Repeats = true, IsSubLine = true },
        new(TokenKind.Identifier, Grammar.LocalDocumentLine, [Section.Documents], Placement.DocumentsBlock, DocumentTail)
            { Repeats = true, IsSubLine = true, ReportedElsewhere = false },
        new(TokenKind.OneOf, Grammar.OneOfDocumentLine, [Section.Documents], Placement.DocumentsBlock, [K(TokenKind.Optional), K(TokenKind.When)])
            { Repeats = true, IsSubLine = true },
        // After the shared document's row, so that a quoted line out of place is said to belong among the documents.
        new(TokenKind.String, Grammar.RequirementLine, [Section.Requirements], Placement.DocumentsBlock, [K(TokenKind.Check)])
            { Repeats = true, IsSubLine = true, ReportedElsewhere = false },

        new(TokenKind.Steps, Grammar.StepsLine, InProcedure, Placement.AfterProcedure, []) { Opens = Section.Steps },
        .. Grammar.StepKinds.Select(kind => new LineKind(kind, Grammar.StepLine, [Section.Steps], Placement.StepsBlock,
            [K(TokenKind.By), K(TokenKind.Within), K(TokenKind.If), K(TokenKind.To)]) { Repeats = true, HasChildren = true }),
        new(TokenKind.With, Grammar.WithLine, [Section.Steps], Placement.UnderStep, [K(TokenKind.Within)]) { Repeats = true, IsSubLine = true },
        new(TokenKind.To, Grammar.ToLine, [Section.Steps], Placement.UnderStep, ["text in quotes", K(TokenKind.Within)]) { Repeats = true, IsSubLine = true },
        new(TokenKind.Identifier, Grammar.OutcomeLine, [Section.Steps], Placement.StepsBlock, [K(TokenKind.Within)])
            { Repeats = true, IsSubLine = true, ReportedElsewhere = false },
        .. new[] { TokenKind.Yes, TokenKind.No, TokenKind.Complaint, TokenKind.Silence }.Select(kind =>
            new LineKind(kind, Grammar.OutcomeLine, [Section.Steps], Placement.UnderStep, [K(TokenKind.Within)]) { Repeats = true, IsSubLine = true }),
        new(TokenKind.Phase, Grammar.PhaseLine, [Section.Steps], Placement.StepsBlock, [K(TokenKind.Within), K(TokenKind.Result)]) { Repeats = true },

        new(TokenKind.FieldSet, Grammar.FieldSetDeclarationLine, OutsideProcedure, Placement.Catalogue, [])
            { Repeats = true, Opens = Section.FieldSet, HasChildren = true },
        new(TokenKind.Agency, Grammar.AgencyDeclarationLine, OutsideProcedure, Placement.Facts, [K(TokenKind.Code), K(TokenKind.Level)])
            { Repeats = true, Opens = Section.Agency, HasChildren = true },
        new(TokenKind.Unit, Grammar.UnitDeclarationLine, [Section.Agency], Placement.UnderAgency, []) { Repeats = true, IsSubLine = true },
        new(TokenKind.Document, Grammar.DocumentDeclarationLine, OutsideProcedure, Placement.Catalogue, DocumentTail) { Repeats = true, Opens = Section.Catalogue },
        new(TokenKind.Subject, Grammar.SubjectDeclarationLine, OutsideProcedure, Placement.Catalogue, []) { Repeats = true, Opens = Section.Catalogue },
    ];

    /// <summary>
    /// A field of the dossier's data: in a data block or a field set, a line that starts with a name (even a keyword's,
    /// a field called Date) and a quoted label.
    /// </summary>
    static readonly LineKind DataField = new(TokenKind.Identifier, Grammar.DataFieldLine, [Section.Data, Section.FieldSet], Placement.DataBlock,
        [K(TokenKind.Required), K(TokenKind.Optional), K(TokenKind.Help)])
    { Repeats = true, IsSubLine = true, ReportedElsewhere = false };

    public static bool IsInProcedure(Section section) => InProcedure.Contains(section);

    /// <summary>The kind of line that opens with <paramref name="lead"/> and may stand in <paramref name="section"/>, if any.</summary>
    public static LineKind? Find(TokenKind lead, Section section, Token<TokenKind>[]? tokens = null)
    {
        if (section is Section.Data or Section.FieldSet && NamesAField(lead, tokens))
            return DataField;
        return Array.Find(Rows, row => row.Lead == lead && row.StandsIn.Contains(section));
    }

    /// <summary>Where a line that opens with <paramref name="lead"/> belongs, when it may not stand where it is; null for an id.</summary>
    public static Placement? Home(TokenKind lead, Section section)
    {
        if (Array.Find(Rows, row => row.Lead == lead) is not { ReportedElsewhere: true } home)
            return null;
        // Before any procedure, a fact is not "among the facts": it needs a procedure line first.
        return home.BelongsIn == Placement.Facts && !IsInProcedure(section) ? Placement.AfterProcedure : home.BelongsIn;
    }

    /// <summary>Whether a line that opens with <paramref name="lead"/> sits under a step, case, agency or field set.</summary>
    public static bool IsSubLine(TokenKind lead) => Array.Exists(Rows, row => row.Lead == lead && row.IsSubLine);

    /// <summary>A line of the procedure that the binder calls missing when it is not written: a fact or a block.</summary>
    public static bool IsFactOrBlock(TokenKind lead) =>
        Array.Exists(Rows, row => row.Lead == lead && row.BelongsIn is Placement.Facts or Placement.AfterProcedure && row.StandsIn.Contains(Section.Facts));

    /// <summary>A fact line's place in the canonical order.</summary>
    public static int FactOrder(LineSyntax fact) => Array.FindIndex(Rows, row => row.Lead == fact.Lead?.Kind && row.StandsIn.Contains(Section.Facts));

    /// <summary>Whether a procedure may state this fact more than once.</summary>
    public static bool Repeats(LineSyntax fact) => Find(fact.Lead!.Kind, Section.Facts) is { Repeats: true };

    /// <summary>
    /// In a data block, a name and a quoted label declare a field even when the name is a keyword; the keywords of the
    /// procedure's facts and blocks and of the catalogues keep their meaning there, so a misplaced fact is still reported.
    /// </summary>
    static bool NamesAField(TokenKind lead, Token<TokenKind>[]? tokens) =>
        lead == TokenKind.Identifier
        || (KeywordTable.IsKeyword(lead) && tokens is { Length: > 1 } && tokens[1].Kind == TokenKind.String
            && !Array.Exists(Rows, row => row.Lead == lead
                && row.BelongsIn is not (Placement.StepsBlock or Placement.UnderStep or Placement.UnderAgency)));
}
