using Procedures.Language.Binding;
using Procedures.Language.Diagnostics;
using Procedures.Language.Syntax;
using Procedures.Workflows;

namespace Procedures.Compiler;

/// <summary>
/// One procedure of a <see cref="Language.Compilation"/> carried through the compiler: the keyword language of its file,
/// and its definition, or null with the compiler's diagnostics.
/// </summary>
public sealed record CompiledProcedure(
    BoundProcedure Procedure,
    KeywordLanguage Language,
    WorkflowDefinition? Definition,
    IReadOnlyList<Diagnostic> Diagnostics);
