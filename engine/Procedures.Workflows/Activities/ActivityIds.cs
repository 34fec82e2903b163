using System.Globalization;
using System.Text;

namespace Procedures.Workflows.Activities;

/// <summary>
/// Stable activity ids. Elsa generates random ids, which is why its users cannot migrate running instances;
/// ours come from the procedure's step ids so the same step keeps the same id in every version.
/// </summary>
public static class ActivityIds
{
    /// <summary>Lower-case ASCII slug of a step id: diacritics dropped (đ → d), runs of other characters → '-'.</summary>
    public static string FromStepId(string stepId)
    {
        var decomposed = WithoutLoneSurrogates(stepId ?? "").Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(decomposed.Length);
        var pendingDash = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var ch = c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c);
            if (ch is >= 'a' and <= 'z' or >= '0' and <= '9' or '_')
            {
                if (pendingDash && slug.Length > 0) slug.Append('-');
                pendingDash = false;
                slug.Append(ch);
            }
            else
            {
                pendingDash = true;
            }
        }
        return slug.Length == 0 ? "step" : slug.ToString();
    }

    /// <summary>
    /// A damaged file can hold half of a surrogate pair, which cannot be normalised; it is no letter of the slug, so it
    /// separates like any other character.
    /// </summary>
    static string WithoutLoneSurrogates(string text)
    {
        if (!text.Any(char.IsSurrogate)) return text;
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                kept.Append(text, i++, 2);
            else
                kept.Append(char.IsSurrogate(text[i]) ? ' ' : text[i]);
        }
        return kept.ToString();
    }
}
