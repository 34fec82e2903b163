using Procedures.Language.Syntax;

namespace Procedures.Cli.Text;

/// <summary>
/// Which language the command speaks: <c>--lang</c> when given; otherwise the language of the files it read
/// (Vietnamese when they mix); with no file to go by, Vietnamese, the language of the people the tool is for.
/// </summary>
public static class OutputLanguage
{
    public const string Option = "--lang";

    public static KeywordLanguage Default => KeywordLanguage.Vietnamese;

    public static KeywordLanguage Choose(string? lang, IEnumerable<KeywordLanguage> files)
    {
        if (lang is not null && KeywordLanguageNames.FromTag(lang) is { } chosen)
            return chosen;
        var seen = files.Distinct().ToArray();
        return seen.Length == 1 ? seen[0] : Default;
    }

    /// <summary>The <c>--lang</c> value among raw arguments (<c>--lang vi</c> or <c>--lang=vi</c>), before the parser runs.</summary>
    public static KeywordLanguage FromArguments(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var tag = args[i] == Option && i + 1 < args.Count ? args[i + 1]
                : args[i].StartsWith(Option + "=", StringComparison.Ordinal) ? args[i][(Option.Length + 1)..] : null;
            if (tag is not null && KeywordLanguageNames.FromTag(tag) is { } language)
                return language;
        }
        return Default;
    }
}
