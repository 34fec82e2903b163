using Procedures.Language.Diagnostics;
using Procedures.Language.Syntax.Nodes;

namespace Procedures.Library;

/// <summary>One file's parse, kept by path and the hash of its bytes so that an unchanged file is never parsed again.</summary>
public sealed record ParsedFile(string Path, string ContentHash, FileSyntax Syntax, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>A file without a procedure is a catalogue (agencies, documents, subjects, data): every procedure may use it.</summary>
    public bool IsCatalogue => Syntax.Procedure is null;
}
