using System.Globalization;
using Procedures.Language.Syntax;

namespace Procedures.Language.Diagnostics;

/// <summary>
/// The lines a checker prints for a compilation's diagnostics, shared by the CLI and the designer: each
/// diagnostic as <c>path(line,col): error CODE: message</c>, at most <see cref="PerFile"/> per file, then one
/// line saying how many more that file has, in the file's language.
/// </summary>
public static class DiagnosticLines
{
    /// <summary>Beyond this many, a file's problems are counted rather than printed: the first ones are what a reader fixes first.</summary>
    public const int PerFile = 50;

    public static IEnumerable<string> Of(IEnumerable<Diagnostic> diagnostics, int perFile = PerFile)
    {
        foreach (var file in diagnostics.GroupBy(d => d.Path, StringComparer.Ordinal))
        {
            var printed = 0;
            foreach (var diagnostic in file)
            {
                if (printed++ < perFile)
                    yield return diagnostic.ToString();
            }
            if (printed > perFile)
                yield return More(file.Key, printed - perFile, file.First().Language);
        }
    }

    /// <summary><c>path: … and 1,234 more</c>; in Vietnamese <c>path: … và 1.234 lỗi khác</c>, grouped as each language writes numbers.</summary>
    public static string More(string path, int count, KeywordLanguage language) => language == KeywordLanguage.Vietnamese
        ? $"{path}: … và {count.ToString("N0", Vietnamese)} lỗi khác"
        : $"{path}: … and {count.ToString("N0", CultureInfo.InvariantCulture)} more";

    static readonly NumberFormatInfo Vietnamese = NumberFormatInfo.ReadOnly(
        new NumberFormatInfo { NumberGroupSeparator = ".", NumberGroupSizes = [3], NumberDecimalSeparator = "," });
}
