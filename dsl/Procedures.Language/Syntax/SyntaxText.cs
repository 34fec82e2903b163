using Superpower.Model;

namespace Procedures.Language.Syntax;

/// <summary>Words for syntax errors, in the file's language: what was found and what was expected.</summary>
static class SyntaxText
{
    public static string EndOfLine(KeywordLanguage language) =>
        language == KeywordLanguage.Vietnamese ? "hết dòng" : "end of line";

    public static string LineStart(KeywordLanguage language) => language == KeywordLanguage.Vietnamese
        ? "từ khóa đầu dòng như \"thủ tục\", \"thành phần hồ sơ\", \"trình tự\" hoặc \"bước\""
        : "a keyword that starts a line, such as \"procedure\", \"documents\", \"steps\" or \"step\"";

    public static string Describe(Token<TokenKind> token, KeywordLanguage language)
    {
        var text = token.ToStringValue();
        var vi = language == KeywordLanguage.Vietnamese;
        return token.Kind switch
        {
            TokenKind.Identifier => (vi ? "mã " : "identifier ") + $"\"{text}\"",
            TokenKind.String => (vi ? "chuỗi " : "text ") + text,
            TokenKind.Number => (vi ? "số " : "number ") + text,
            TokenKind.Date => (vi ? "ngày " : "date ") + text,
            TokenKind.Expression => (vi ? "điều kiện " : "condition ") + text,
            TokenKind.Arrow => "\"->\"",
            TokenKind.Comma => "\",\"",
            _ when KeywordTable.IsKeyword(token.Kind) => (vi ? "từ khóa " : "keyword ") + $"\"{text}\"",
            _ => $"\"{text}\"",
        };
    }

    /// <summary>Superpower's expectations, translated: keywords spelled in the file's language, kinds named in it.</summary>
    public static string Expectations(IEnumerable<string> expectations, KeywordLanguage language)
    {
        var vi = language == KeywordLanguage.Vietnamese;
        // Distinct after translating: singular and plural units share one Vietnamese spelling ("ngày làm việc").
        var words = expectations.Select(e =>
        {
            if (e.Length > 2 && e[0] == '`' && e[^1] == '`')
            {
                var literal = e[1..^1];
                return KeywordTable.Instance.TryLookup(literal, out var kind, out _)
                    ? $"\"{KeywordTable.Instance.Spell(kind, language)}\""
                    : $"\"{literal}\"";
            }
            return (e, vi) switch
            {
                ("identifier", true) => "mã định danh",
                ("text in quotes", true) => "chuỗi trong ngoặc kép",
                ("number", true) => "số",
                ("date (YYYY-MM-DD)", true) => "ngày (YYYY-MM-DD)",
                ("condition in backticks", true) => "điều kiện trong dấu `",
                ("end of input", true) => "hết dòng",
                ("end of input", false) => "end of line",
                _ => e,
            };
        }).Distinct().ToArray();
        var or = vi ? " hoặc " : " or ";
        return words.Length switch
        {
            0 => vi ? "điều khác" : "something else",
            1 => words[0],
            _ => string.Join(", ", words[..^1]) + or + words[^1],
        };
    }
}
