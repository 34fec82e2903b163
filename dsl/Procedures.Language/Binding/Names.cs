using System.Globalization;
using System.Text;
using Procedures.Language.Syntax;

namespace Procedures.Language.Binding;

/// <summary>Name matching for look-ups and "did you mean" suggestions, tolerant of case, Unicode form and missing diacritics.</summary>
public static class Names
{
    /// <summary>The key a name is looked up by: NFC, lower case, single spaces.</summary>
    public static string Key(string name) => KeywordTable.Normalise(name.Trim());

    /// <summary>Candidate names with their keys worked out once, for callers that suggest from the same list many times.</summary>
    public sealed record Candidates(IReadOnlyList<(string Name, string Key, string Bare)> Entries);

    public static Candidates Prepare(IEnumerable<string> names) =>
        new(names.Select(name =>
        {
            var key = Key(name);
            return (name, key, StripDiacritics(key));
        }).ToArray());

    /// <summary>The nearest candidate, or null when none is close enough to be what was meant.</summary>
    public static string? Suggest(string written, IEnumerable<string> candidates) => Suggest(written, Prepare(candidates));

    /// <summary>
    /// The nearest candidate: the same without diacritics and case, or within a few edits (a quarter of the
    /// length, at least one); null when none is that close.
    /// </summary>
    public static string? Suggest(string written, Candidates candidates)
    {
        var key = Key(written);
        var bare = StripDiacritics(key);
        string? best = null;
        var bestDistance = int.MaxValue;
        var allowed = Math.Max(1, key.Length / 4);
        foreach (var (candidate, candidateKey, candidateBare) in candidates.Entries)
        {
            var distance = candidateBare == bare ? 0
                : Math.Abs(candidateKey.Length - key.Length) > allowed ? int.MaxValue // no closer than the difference in length
                : Distance(key, candidateKey);
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
                (best, bestDistance) = (candidate, distance);
        }
        return bestDistance < key.Length && bestDistance <= allowed ? best : null;
    }

    /// <summary>"; did you mean "X"?" in the file's language, or nothing.</summary>
    public static string DidYouMean(string written, IEnumerable<string> candidates, KeywordLanguage language) =>
        Suggest(written, candidates) is { } hit
            ? language == KeywordLanguage.Vietnamese ? $"; có phải \"{hit}\"?" : $"; did you mean \"{hit}\"?"
            : "";

    static string StripDiacritics(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in KeywordTable.ToNfc(text, NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            builder.Append(c is 'đ' or 'Đ' ? 'd' : c);
        }
        return builder.ToString();
    }

    /// <summary>Edits between two texts, counting two swapped neighbours ("feild") as one edit (optimal string alignment).</summary>
    static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 8)
            return int.MaxValue;
        var beforePrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    current[j] = Math.Min(current[j], beforePrevious[j - 2] + 1);
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }
        return previous[b.Length];
    }
}
