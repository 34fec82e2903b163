using System.Globalization;
using Procedures.Language.Syntax;
using Procedures.Language.Text;

namespace Procedures.Language.Diagnostics;

/// <summary>An occurrence of a catalogued problem: where it is and the values its message names.</summary>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, string Path, SourceSpan Span, KeywordLanguage Language, IReadOnlyList<string> Arguments)
{
    public string Code => Descriptor.Code;
    public Severity Severity => Descriptor.Severity;
    public bool IsError => Severity == Severity.Error;

    public string Message => string.Format(CultureInfo.InvariantCulture,
        Language == KeywordLanguage.Vietnamese ? Descriptor.Vietnamese : Descriptor.English, Arguments.ToArray<object>());

    /// <summary>The compiler-style line: <c>path(line,col): error PRC2003: message</c>.</summary>
    public override string ToString() =>
        $"{Path}({Span.Line},{Span.Column}): {(IsError ? "error" : "warning")} {Code}: {Message}";
}
