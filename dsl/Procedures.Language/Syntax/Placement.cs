namespace Procedures.Language.Syntax;

/// <summary>Where a line belongs, named in the file's language for "cannot stand here" messages.</summary>
enum Placement
{
    Facts,
    DocumentsBlock,
    StepsBlock,
    Catalogue,
    UnderAgency,
    AfterProcedure,
    UnderStep,
    DataBlock,
}

static class PlacementText
{
    public static string Describe(this Placement placement, KeywordLanguage language)
    {
        var k = KeywordTable.Instance;
        string Q(TokenKind kind) => "\"" + k.Spell(kind, language) + "\"";
        return (placement, language) switch
        {
            (Placement.Facts, KeywordLanguage.Vietnamese) => $"phần thông tin thủ tục, trước {Q(TokenKind.Documents)}",
            (Placement.Facts, _) => $"among the procedure's facts, before {Q(TokenKind.Documents)}",
            (Placement.DocumentsBlock, KeywordLanguage.Vietnamese) => $"khối {Q(TokenKind.Documents)}",
            (Placement.DocumentsBlock, _) => $"in the {Q(TokenKind.Documents)} block",
            (Placement.StepsBlock, KeywordLanguage.Vietnamese) => $"khối {Q(TokenKind.Steps)}",
            (Placement.StepsBlock, _) => $"in the {Q(TokenKind.Steps)} block",
            (Placement.Catalogue, KeywordLanguage.Vietnamese) => "tệp danh mục, ngoài thủ tục",
            (Placement.Catalogue, _) => "in a catalogue file, outside any procedure",
            (Placement.UnderAgency, KeywordLanguage.Vietnamese) => $"dưới một dòng {Q(TokenKind.Agency)} của danh mục",
            (Placement.UnderAgency, _) => $"under an {Q(TokenKind.Agency)} line of a catalogue",
            (Placement.AfterProcedure, KeywordLanguage.Vietnamese) => $"sau dòng {Q(TokenKind.Procedure)}",
            (Placement.AfterProcedure, _) => $"after a {Q(TokenKind.Procedure)} line",
            (Placement.UnderStep, KeywordLanguage.Vietnamese) => "dưới một bước",
            (Placement.DataBlock, KeywordLanguage.Vietnamese) => $"khối {Q(TokenKind.Data)} hoặc dưới một dòng {Q(TokenKind.FieldSet)} của danh mục",
            (Placement.DataBlock, _) => $"in the {Q(TokenKind.Data)} block or under a {Q(TokenKind.FieldSet)} line of a catalogue",
            _ => "under a step",
        };
    }
}
