using Procedures.Language.Syntax;
using Procedures.Language.Text;

namespace Procedures.Language.Diagnostics;

/// <summary>Collects the diagnostics of one file while it is parsed or bound.</summary>
public sealed class DiagnosticBag(string path, KeywordLanguage language)
{
    readonly List<Diagnostic> items = [];

    public KeywordLanguage Language { get; set; } = language;

    public IReadOnlyList<Diagnostic> Items => items;

    public void Add(DiagnosticDescriptor descriptor, SourceSpan span, params string[] arguments) =>
        items.Add(new Diagnostic(descriptor, path, span, Language, arguments));
}
