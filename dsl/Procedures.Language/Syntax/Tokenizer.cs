using System.Globalization;
using Superpower;
using Superpower.Model;

namespace Procedures.Language.Syntax;

/// <summary>
/// Turns procedure text into tokens. It never fails: a stray character, an unterminated text or
/// condition becomes a token of its own kind, so the parser can report it at its place and go on.
/// Keywords of both languages are recognised; several-word keywords match the longest phrase.
/// </summary>
public sealed class Tokenizer : Tokenizer<TokenKind>
{
    readonly KeywordTable keywords = KeywordTable.Instance;

    protected override IEnumerable<Result<TokenKind>> Tokenize(TextSpan span)
    {
        var text = span.Source!;
        var i = span.Position.Absolute;
        var line = span.Position.Line;
        var lineStart = i - (span.Position.Column - 1);
        var end = text.Length;

        while (i < end)
        {
            var c = text[i];
            if (c == '\n')
            {
                i++;
                line++;
                lineStart = i;
                continue;
            }
            if (c is ' ' or '\t' or '\r' or '\uFEFF' || char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            TokenKind kind;
            if (c == '#')
            {
                i = EndOfLine(text, i);
                kind = TokenKind.Comment;
            }
            else if (c is '"' or '“')
            {
                (i, kind) = ScanString(text, i, c == '"' ? '"' : '”');
            }
            else if (c == '`')
            {
                var close = text.IndexOfAny(['`', '\n'], i + 1);
                if (close >= 0 && text[close] == '`')
                {
                    i = close + 1;
                    kind = TokenKind.Expression;
                }
                else
                {
                    i = EndOfLine(text, i);
                    kind = TokenKind.UnterminatedExpression;
                }
            }
            else if (c == '-' && i + 1 < end && text[i + 1] == '>')
            {
                i += 2;
                kind = TokenKind.Arrow;
            }
            else if (c == '→')
            {
                i++;
                kind = TokenKind.Arrow;
            }
            else if (c == ',')
            {
                i++;
                kind = TokenKind.Comma;
            }
            else if (IsDigit(c) || (c == '-' && i + 1 < end && IsDigit(text[i + 1])))
            {
                (i, kind) = ScanNumberOrDate(text, i);
            }
            else if (IsWordStart(c))
            {
                (i, kind) = ScanWordOrKeyword(text, i);
            }
            else
            {
                i += char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                kind = TokenKind.Unexpected;
            }

            var position = new Position(start, line, start - lineStart + 1);
            yield return Result.Value(kind, new TextSpan(text, position, i - start), new TextSpan(text, new Position(i, line, i - lineStart + 1), end - i));
        }
    }

    static int EndOfLine(string text, int i)
    {
        var newline = text.IndexOf('\n', i);
        var stop = newline < 0 ? text.Length : newline;
        return stop > i && text[stop - 1] == '\r' ? stop - 1 : stop;
    }

    static (int, TokenKind) ScanString(string text, int i, char close)
    {
        i++;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && text[i + 1] is '"' or '\\')
                i += 2;
            else if (c == close)
                return (i + 1, TokenKind.String);
            else if (c is '\n' or '\r')
                break;
            else
                i++;
        }
        return (i, TokenKind.UnterminatedString);
    }

    static (int, TokenKind) ScanNumberOrDate(string text, int i)
    {
        var start = i;
        if (text[i] == '-')
            i++;
        var digits = CountDigits(text, i);
        if (text[start] != '-' && digits == 4 && At(text, i + 4, '-') && CountDigits(text, i + 5) == 2
            && At(text, i + 7, '-') && CountDigits(text, i + 8) == 2)
            return (i + 10, TokenKind.Date);
        if (text[start] != '-' && DayMonthYearLength(text, i, digits) is > 0 and var length)
            return (i + length, TokenKind.DayMonthYear);
        i += digits;
        var point = false;
        while (At(text, i, '.') && CountDigits(text, i + 1) > 0)
        {
            i += 1 + CountDigits(text, i + 1);
            point = true;
        }
        // "2,5" is Vietnamese for 2.5; a list's comma is followed by a space, so digits right after it mean a decimal.
        if (!point && At(text, i, ',') && CountDigits(text, i + 1) > 0)
            return (i + 1 + CountDigits(text, i + 1), TokenKind.DecimalComma);
        return (i, TokenKind.Number);
    }

    /// <summary>The length of a day-first date such as 01/07/2025, 1.7.2025 or 01-07-2025 at <paramref name="i"/>, or 0.</summary>
    static int DayMonthYearLength(string text, int i, int dayDigits)
    {
        if (dayDigits is < 1 or > 2 || i + dayDigits >= text.Length || text[i + dayDigits] is not ('/' or '.' or '-'))
            return 0;
        var separator = text[i + dayDigits];
        var month = i + dayDigits + 1;
        var monthDigits = CountDigits(text, month);
        if (monthDigits is < 1 or > 2 || !At(text, month + monthDigits, separator) || CountDigits(text, month + monthDigits + 1) != 4)
            return 0;
        return dayDigits + 1 + monthDigits + 1 + 4;
    }

    (int, TokenKind) ScanWordOrKeyword(string text, int i)
    {
        var firstEnd = ScanWord(text, i);
        var first = KeywordTable.Normalise(text[i..firstEnd]);
        if (!keywords.FirstWords.Contains(first))
            return (firstEnd, TokenKind.Identifier);

        // Look ahead over the following words on the same line and keep the longest keyword phrase.
        var phrase = first;
        var bestEnd = keywords.TryLookup(phrase, out var bestKind, out _) ? firstEnd : -1;
        var wordEnd = firstEnd;
        for (var words = 1; words < keywords.LongestPhraseWords; words++)
        {
            var next = wordEnd;
            while (next < text.Length && text[next] is ' ' or '\t')
                next++;
            if (next == wordEnd || next >= text.Length || !IsWordStart(text[next]))
                break;
            var nextEnd = ScanWord(text, next);
            phrase = phrase + " " + KeywordTable.Normalise(text[next..nextEnd]);
            wordEnd = nextEnd;
            if (keywords.TryLookup(phrase, out var kind, out _))
                (bestEnd, bestKind) = (nextEnd, kind);
        }
        return bestEnd < 0 ? (firstEnd, TokenKind.Identifier) : (bestEnd, bestKind);
    }

    static int ScanWord(string text, int i)
    {
        i++;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordPart(c) || (c == '-' && i + 1 < text.Length && IsWordPart(text[i + 1])))
                i++;
            else
                break;
        }
        return i;
    }

    static int CountDigits(string text, int i)
    {
        var n = 0;
        while (i + n < text.Length && IsDigit(text[i + n]))
            n++;
        return n;
    }

    static bool At(string text, int i, char c) => i < text.Length && text[i] == c;

    static bool IsDigit(char c) => c is >= '0' and <= '9';

    static bool IsWordStart(char c) => c == '_' || char.IsLetter(c);

    static bool IsWordPart(char c) => c == '_' || char.IsLetterOrDigit(c) || IsMark(c);

    static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
