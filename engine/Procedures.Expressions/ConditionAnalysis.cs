using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Procedures.Expressions;

/// <summary>
/// All conditions of a set of procedures checked in one Roslyn compilation: the syntax gate, then binding against
/// each procedure's data fields, then the whitelist on the semantic model. Nothing is emitted here; a compilation
/// with no problem at all is what <see cref="CompiledConditions"/> emits.
/// </summary>
public sealed class ConditionAnalysis
{
    const string MethodHead = "public bool __C0() => (\n";

    /// <summary>How long a condition may be, in characters.</summary>
    public const int MaxLength = SyntaxRules.MaxLength;

    /// <summary>How deeply a condition may nest brackets.</summary>
    public const int MaxDepth = SyntaxRules.MaxDepth;

    ConditionAnalysis(CSharpCompilation compilation, ImmutableArray<ImmutableArray<ImmutableArray<ConditionProblem>>> problems)
    {
        Compilation = compilation;
        Problems = problems;
    }

    internal CSharpCompilation Compilation { get; }

    /// <summary>Problems of condition <c>[procedure][condition]</c>, by offset; empty when the condition is sound.</summary>
    public ImmutableArray<ImmutableArray<ImmutableArray<ConditionProblem>>> Problems { get; }

    public bool HasProblems => Problems.Any(p => p.Any(c => !c.IsEmpty));

    /// <summary>A field name a condition can use: a C# identifier that is not a keyword and not one of the generated names.</summary>
    public static bool IsValidFieldName(string name) =>
        SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None
        && SyntaxFacts.GetContextualKeywordKind(name) == SyntaxKind.None && !name.StartsWith("__", StringComparison.Ordinal);

    public static ConditionAnalysis Run(IReadOnlyList<ProcedureConditions> procedures)
    {
        procedures = [.. procedures.Select(p => p with { Fields = [.. p.Fields.Where(f => IsValidFieldName(f.Name)).DistinctBy(f => f.Name)] })];
        var syntax = procedures.Select(p => p.Conditions.Select(SyntaxRules.Check).ToArray()).ToArray();
        var source = GeneratedSource.Build(procedures, (p, c) => syntax[p][c].Count == 0);
        var tree = CSharpSyntaxTree.ParseText(source.Text, new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = CSharpCompilation.Create(
            "Procedures.Conditions." + string.Join('.', procedures.Select(p => p.ContentHash)).GetHashCode().ToString("x8", CultureInfo.InvariantCulture),
            [tree], References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release,
                allowUnsafe: false, checkOverflow: false, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));
        var model = compilation.GetSemanticModel(tree);
        var root = tree.GetCompilationUnitRoot();
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).OrderBy(d => d.Location.SourceSpan.Start).ToArray();
        var classes = root.DescendantNodes().OfType<ClassDeclarationSyntax>().ToDictionary(c => c.Identifier.Text);

        var result = ImmutableArray.CreateBuilder<ImmutableArray<ImmutableArray<ConditionProblem>>>();
        for (var p = 0; p < procedures.Count; p++)
        {
            var perCondition = ImmutableArray.CreateBuilder<ImmutableArray<ConditionProblem>>();
            var type = classes[GeneratedSource.ClassName(p)];
            var globals = model.GetDeclaredSymbol(type)!;
            for (var c = 0; c < procedures[p].Conditions.Length; c++)
            {
                var text = procedures[p].Conditions[c];
                var start = source.Starts[p][c];
                if (start < 0)
                {
                    perCondition.Add([.. syntax[p][c]]);
                    continue;
                }
                var method = type.Members.OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.Text == "__C" + c.ToString(CultureInfo.InvariantCulture));
                var expression = ((ParenthesizedExpressionSyntax)method.ExpressionBody!.Expression).Expression;
                var region = new TextSpan(start - MethodHead.Length, MethodHead.Length + text.Length + 3);
                // A member outside the whitelist is named as such even when it also makes a compile error
                // (File.Delete(…) == null is a void compared with null, but the File is what matters).
                var refused = Refused(expression, model, globals, start);
                // Innermost first: an error inside another one's span is its cause, the outer one a cascade.
                var inside = errors.Where(d => region.Contains(d.Location.SourceSpan.Start)).ToArray();
                inside = [.. inside.OrderBy(d => inside.Count(o => o != d && d.Location.SourceSpan.Contains(o.Location.SourceSpan))).ThenBy(d => d.Location.SourceSpan.Start)];
                // Every unknown name at once (a condition often misspells two fields); otherwise the first error only.
                var reported = inside.Length > 0 && inside[0].Id == "CS0103" ? inside.Where(d => d.Id == "CS0103").ToArray() : inside.Take(1).ToArray();
                perCondition.Add(refused.Count > 0 ? [.. refused]
                    : reported.Length > 0 ? [.. reported.Select(e => FromRoslyn(e, expression, model, start, text))]
                    : model.GetTypeInfo(expression).Type is not { SpecialType: SpecialType.System_Boolean } ? [NotYesNo(expression, model, start)]
                    : Unbound(expression, model) is { } unbound
                        ? [ConditionProblem.Of(ConditionProblemKind.MemberNotAllowed, unbound.SpanStart - start, unbound.Span.Length, unbound.Identifier.Text)]
                    : []);
            }
            result.Add(perCondition.ToImmutable());
        }
        return new ConditionAnalysis(compilation, result.ToImmutable());
    }

    /// <summary>The first compile error of a condition, in the condition's terms.</summary>
    static ConditionProblem FromRoslyn(Diagnostic error, ExpressionSyntax expression, SemanticModel model, int start, string text)
    {
        var span = error.Location.SourceSpan;
        var offset = Math.Clamp(span.Start - start, 0, text.Length);
        var length = Math.Clamp(span.End - start, offset, text.Length) - offset;
        var message = error.GetMessage(CultureInfo.InvariantCulture);
        var written = text.Substring(offset, length);
        var whole = span.Start <= expression.SpanStart && span.End >= expression.Span.End;
        return error.Id switch
        {
            "CS0029" or "CS0266" when whole => NotYesNo(expression, model, start),
            "CS0103" => ConditionProblem.Of(ConditionProblemKind.UnknownName, offset, length, written),
            "CS0117" or "CS1061" => ConditionProblem.Of(ConditionProblemKind.MemberNotAllowed, offset, length, written),
            "CS0019" when Binary(expression, span) is { } binary => ConditionProblem.Of(ConditionProblemKind.TypeMismatch,
                binary.OperatorToken.SpanStart - start, binary.OperatorToken.Span.Length, message,
                binary.OperatorToken.Text, ValueKinds.Of(model.GetTypeInfo(binary.Left).Type), ValueKinds.Of(model.GetTypeInfo(binary.Right).Type)),
            "CS0019" or "CS0029" or "CS0266" or "CS0030" or "CS0023" or "CS0034" or "CS1503" or "CS0173" or "CS0121" =>
                ConditionProblem.Of(ConditionProblemKind.TypeMismatch, offset, length, message),
            _ => ConditionProblem.Of(ConditionProblemKind.Semantic, offset, length, message),
        };
    }

    /// <summary>A name that compiled yet binds to no symbol: nothing a condition needs, so refused rather than trusted.</summary>
    static IdentifierNameSyntax? Unbound(ExpressionSyntax expression, SemanticModel model) =>
        expression.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().FirstOrDefault(n => model.GetSymbolInfo(n) is { Symbol: null, CandidateSymbols.IsEmpty: true });

    static BinaryExpressionSyntax? Binary(ExpressionSyntax expression, TextSpan span) =>
        expression.DescendantNodesAndSelf().OfType<BinaryExpressionSyntax>().FirstOrDefault(b => b.Span == span)
        ?? expression.DescendantNodesAndSelf().OfType<BinaryExpressionSyntax>().LastOrDefault(b => b.Span.Contains(span));

    static ConditionProblem NotYesNo(ExpressionSyntax expression, SemanticModel model, int start) =>
        ConditionProblem.Of(ConditionProblemKind.NotYesNo, expression.SpanStart - start, expression.Span.Length, ValueKinds.Of(model.GetTypeInfo(expression).Type));

    /// <summary>
    /// Names a condition may not use: anything but the dossier's fields and the whitelisted members. A name that binds
    /// to nothing is left to the compiler's own error (an unknown field, say).
    /// </summary>
    static List<ConditionProblem> Refused(ExpressionSyntax expression, SemanticModel model, INamedTypeSymbol globals, int start)
    {
        var problems = new List<ConditionProblem>();
        Walk(expression);
        return problems;

        void Walk(SyntaxNode node)
        {
            switch (node)
            {
                case MemberAccessExpressionSyntax access:
                    var info = access.Parent is InvocationExpressionSyntax call && model.GetSymbolInfo(access).Symbol is null
                        ? model.GetSymbolInfo(call)
                        : model.GetSymbolInfo(access);
                    // A whitelisted method called with the wrong arguments binds to no symbol, only to candidates:
                    // the compiler's own error (a mismatched argument) says more than "not allowed".
                    var member = info.Symbol ?? (info.CandidateSymbols is { IsEmpty: false } candidates && candidates.All(Whitelist.IsAllowedMember) ? candidates[0] : null);
                    if (member is null && model.GetSymbolInfo(access.Expression).Symbol is null)
                    {
                        Walk(access.Expression);
                        return;
                    }
                    if (member is null || !Whitelist.IsAllowedMember(member))
                    {
                        problems.Add(ConditionProblem.Of(ConditionProblemKind.MemberNotAllowed, access.Name.SpanStart - start, access.Name.Span.Length, Describe(access, member)));
                        return;
                    }
                    if (access.Expression is IdentifierNameSyntax receiver && model.GetSymbolInfo(receiver).Symbol is ITypeSymbol type)
                    {
                        if (!Whitelist.IsAllowedType(type))
                            problems.Add(ConditionProblem.Of(ConditionProblemKind.MemberNotAllowed, receiver.SpanStart - start, receiver.Span.Length, receiver.Identifier.Text));
                        return;
                    }
                    Walk(access.Expression);
                    return;
                case IdentifierNameSyntax name:
                    var symbol = model.GetSymbolInfo(name).Symbol ?? model.GetSymbolInfo(name).CandidateSymbols.FirstOrDefault();
                    if (symbol is not null && (symbol is not IPropertySymbol property || !SymbolEqualityComparer.Default.Equals(property.ContainingType, globals)))
                        problems.Add(ConditionProblem.Of(ConditionProblemKind.MemberNotAllowed, name.SpanStart - start, name.Span.Length, name.Identifier.Text));
                    return;
            }
            foreach (var child in node.ChildNodes())
                Walk(child);
        }
    }

    static string Describe(MemberAccessExpressionSyntax access, ISymbol? member) =>
        member?.ContainingType is { } type ? $"{type.Name}.{access.Name.Identifier.Text}" : access.Name.Identifier.Text;
}
