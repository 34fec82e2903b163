using Procedures.Language.Syntax;
using Procedures.Language.Syntax.Nodes;

namespace Procedures.Language.Binding;

static class Levels
{
    public static AdministrativeLevel? From(KeywordSyntax? keyword) => keyword?.Kind switch
    {
        TokenKind.Ministry => AdministrativeLevel.Ministry,
        TokenKind.Province => AdministrativeLevel.Province,
        TokenKind.District => AdministrativeLevel.District,
        TokenKind.Commune => AdministrativeLevel.Commune,
        TokenKind.Other => AdministrativeLevel.Other,
        _ => null,
    };

    public static string Spell(AdministrativeLevel level, KeywordLanguage language) => KeywordTable.Instance.Spell(level switch
    {
        AdministrativeLevel.Ministry => TokenKind.Ministry,
        AdministrativeLevel.Province => TokenKind.Province,
        AdministrativeLevel.District => TokenKind.District,
        AdministrativeLevel.Commune => TokenKind.Commune,
        _ => TokenKind.Other,
    }, language);
}
