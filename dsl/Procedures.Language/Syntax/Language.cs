namespace Procedures.Language.Syntax;

/// <summary>The keyword set a file is written in, chosen by its <c># language:</c> header.</summary>
public enum KeywordLanguage
{
    English,
    Vietnamese,
}

public static class KeywordLanguageNames
{
    public static string Tag(this KeywordLanguage language) => language == KeywordLanguage.Vietnamese ? "vi" : "en";

    public static KeywordLanguage? FromTag(string tag) => tag.Trim().ToLowerInvariant() switch
    {
        "vi" or "vietnamese" or "tiếng việt" => KeywordLanguage.Vietnamese,
        "en" or "english" => KeywordLanguage.English,
        _ => null,
    };
}
