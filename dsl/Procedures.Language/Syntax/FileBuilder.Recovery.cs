using Procedures.Language.Binding;
using Procedures.Language.Diagnostics;
using Procedures.Language.Syntax.Nodes;
using Procedures.Language.Text;
using Superpower;
using Superpower.Model;

namespace Procedures.Language.Syntax;

/// <summary>
/// Reading a line that fits nowhere as what its writer meant: a misspelt keyword (<c>tiep nhan</c>, <c>feild</c>)
/// read as the keyword, or unknown words before a step's id and title reported as an unknown step kind.
/// </summary>
sealed partial class FileBuilder
{
    readonly KeywordTable keywords = KeywordTable.Instance;
    readonly Names.Candidates keywordSpellings = language == KeywordLanguage.Vietnamese ? VietnameseSpellings : EnglishSpellings;
    readonly Dictionary<string, string?> suggestions = new(StringComparer.Ordinal);

    /// <summary>
    /// Looks for up to four words, starting at most three words before where the line failed, that are a
    /// keyword of the file's language misspelt (compared without diacritics and case, within a few edits).
    /// With that keyword in their place the line must parse, after correcting up to two more misspellings
    /// further on; then each is reported once and the line is read as corrected, so the lines after it stay
    /// in their place. Otherwise, when all the words that open the line are a misspelt keyword that may start
    /// a line here, that is the <paramref name="guess"/>.
    /// </summary>
    bool TryMisspelledKeywords(Token<TokenKind>[] tokens, int failure, SourceSpan span, out Correction? guess)
    {
        guess = null;
        // A file with this many problems is not a procedure with a few typos; re-reading its lines with each
        // possible keyword would only make checking a large broken file slow.
        if (bag.Items.Count > SuggestionBudget)
            return false;
        var attempts = 0;
        if (Correct(tokens, failure, [], ref guess, ref attempts) is not { } corrected)
            return false;
        foreach (var misspelling in corrected.Misspellings)
            bag.Add(DiagnosticCatalogue.MisspelledKeyword, misspelling.At, misspelling.Written, misspelling.Keyword);
        Keep(corrected.Tokens, corrected.Parsed!, span);
        return true;
    }

    Correction? Correct(Token<TokenKind>[] tokens, int failure, IReadOnlyList<Misspelling> before, ref Correction? guess, ref int attempts)
    {
        for (var start = Math.Max(0, failure - 3); start <= failure; start++)
        {
            var words = 0;
            while (start + words < tokens.Length && words < keywords.LongestPhraseWords && IsWord(tokens[start + words]))
                words++;
            for (var count = words; count >= 1; count--)
            {
                var (first, last) = (tokens[start], tokens[start + count - 1]);
                var at = SourceSpan.Cover(first.ToSpan(), last.ToSpan());
                var written = source.Text.Substring(at.Start, at.Length);
                if (SuggestKeyword(written) is not { } keyword
                    || !keywords.TryLookup(KeywordTable.Normalise(keyword), out var kind, out _)
                    || (count == 1 && first.Kind == kind))
                    continue;
                var corrected = new Token<TokenKind>(kind, new TextSpan(source.Text, first.Span.Position, at.Length));
                Token<TokenKind>[] line = [.. tokens[..start], corrected, .. tokens[(start + count)..]];
                if (Choose(line[0].Kind) is not { Row.Grammar: { } grammar } || ++attempts > MaxAttemptsPerLine)
                    continue;
                var result = grammar.AtEnd()(new TokenList<TokenKind>(line));
                Misspelling[] misspellings = [.. before, new Misspelling(written, keyword, at)];
                if (result.HasValue)
                    return new Correction(line, misspellings, result.Value);
                if (before.Count == 0 && start == 0)
                    guess ??= new Correction(line, misspellings, null);
                // The corrected keyword read further: another misspelling may stand where it fails now.
                var next = Math.Min(result.Location.Position, line.Length - 1);
                if (misspellings.Length < MaxMisspellingsPerLine && next > start
                    && Correct(line, next, misspellings, ref guess, ref attempts) is { } further)
                    return further;
            }
        }
        return null;
    }

    const int MaxMisspellingsPerLine = 3;
    const int MaxAttemptsPerLine = 64;

    /// <summary>
    /// The keyword <paramref name="written"/> may be a misspelling of. A badly broken file repeats the same
    /// words on thousands of lines, so answers are remembered (up to a bound, to keep memory flat).
    /// </summary>
    string? SuggestKeyword(string written)
    {
        if (suggestions.TryGetValue(written, out var known))
            return known;
        var suggestion = Names.Suggest(written, keywordSpellings);
        if (suggestions.Count < 4096)
            suggestions[written] = suggestion;
        return suggestion;
    }

    const int SuggestionBudget = 1000;

    static readonly Names.Candidates EnglishSpellings = Names.Prepare(KeywordTable.Instance.Spellings(KeywordLanguage.English));
    static readonly Names.Candidates VietnameseSpellings = Names.Prepare(KeywordTable.Instance.Spellings(KeywordLanguage.Vietnamese));

    /// <summary>Words that look like a misspelt keyword, and where.</summary>
    sealed record Misspelling(string Written, string Keyword, SourceSpan At);

    /// <summary>A line read with the keywords its misspellings stand for; <see cref="Parsed"/> is null when it still does not parse.</summary>
    sealed record Correction(Token<TokenKind>[] Tokens, IReadOnlyList<Misspelling> Misspellings, LineSyntax? Parsed);

    static bool IsWord(Token<TokenKind> token) => token.Kind == TokenKind.Identifier || KeywordTable.IsKeyword(token.Kind);

    /// <summary>
    /// In the steps block, unknown words followed by an id and a quoted title are a step of a kind that does not
    /// exist (<c>thông báo gui-qd "Gửi quyết định"</c>), not an outcome line: say so and list the step kinds.
    /// </summary>
    bool TryUnknownStepKind(Token<TokenKind>[] tokens)
    {
        if (section != Section.Steps)
            return false;
        var title = Array.FindIndex(tokens, t => t.Kind == TokenKind.String);
        if (title < 2 || title > 5 || tokens[title - 1].Kind != TokenKind.Identifier
            || !tokens[..(title - 1)].All(t => t.Kind == TokenKind.Identifier))
            return false;
        var at = SourceSpan.Cover(tokens[0].ToSpan(), tokens[title - 2].ToSpan());
        var kinds = Grammar.StepKinds.Select(k => $"\"{keywords.Spell(k, language)}\"").ToArray();
        bag.Add(DiagnosticCatalogue.UnknownStepKind, at, source.Text.Substring(at.Start, at.Length),
            string.Join(", ", kinds[..^1]) + (language == KeywordLanguage.Vietnamese ? " hoặc " : " or ") + kinds[^1]);
        brokenStepLines++;
        brokenStepIds.Add(tokens[title - 1].ToStringValue());
        parentBroken = true;
        return true;
    }
}
