using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Procedures.Expressions;

/// <summary>
/// The first gate, on the condition's own syntax tree before anything is bound: one expression, short and shallow,
/// no directive, and only the constructs a condition needs (literals, names, operators, member access, calls,
/// <c>?:</c>, <c>is null</c>). Everything else is refused by name.
/// </summary>
static class SyntaxRules
{
    public const int MaxLength = 1_000;
    public const int MaxDepth = 32;
    public const int MaxNodes = 400;

    static readonly CSharpParseOptions Options = new(LanguageVersion.Latest, DocumentationMode.None, SourceCodeKind.Regular);

    public static IReadOnlyList<ConditionProblem> Check(string text)
    {
        if (text.IndexOfAny(['\n', '\r']) is var newline and >= 0)
            return [ConditionProblem.Of(ConditionProblemKind.NotOneExpression, newline, 1)];
        if (text.Length > MaxLength || Depth(text) > MaxDepth)
            return [ConditionProblem.Of(ConditionProblemKind.TooComplex, 0, text.Length)];

        // C# writes '#' only in directives (#r, #load, #define …), which have no place in a condition.
        if (OutsideQuotes(text, '#') is var hash and >= 0)
            return [ConditionProblem.Of(ConditionProblemKind.Directive, hash, 1)];
        var expression = SyntaxFactory.ParseExpression(text, 0, Options, consumeFullText: false);
        if (expression.DescendantTrivia(descendIntoTrivia: true).FirstOrDefault(IsComment) is { RawKind: not 0 } comment)
            return [ConditionProblem.Of(ConditionProblemKind.NotAllowed, comment.SpanStart, comment.Span.Length, "comment")];
        if (expression.GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } error)
            return [ConditionProblem.Of(ConditionProblemKind.Syntax, error.Location.SourceSpan.Start, error.Location.SourceSpan.Length, error.GetMessage(System.Globalization.CultureInfo.InvariantCulture))];
        if (expression.FullSpan.End < text.Length && !string.IsNullOrWhiteSpace(text[expression.FullSpan.End..]))
            return [ConditionProblem.Of(ConditionProblemKind.NotOneExpression, expression.FullSpan.End, text.Length - expression.FullSpan.End)];
        if (expression.DescendantNodesAndSelf().Take(MaxNodes + 1).Count() > MaxNodes)
            return [ConditionProblem.Of(ConditionProblemKind.TooComplex, 0, text.Length)];

        var problems = new List<ConditionProblem>();
        Walk(expression, problems);
        return problems;
    }

    /// <summary>Reports each refused node once; what is inside a refused node is not looked at.</summary>
    static void Walk(SyntaxNode node, List<ConditionProblem> problems)
    {
        if (Refusal(node) is { } what)
        {
            problems.Add(ConditionProblem.Of(ConditionProblemKind.NotAllowed, node.SpanStart, node.Span.Length, what));
            return;
        }
        foreach (var child in node.ChildNodes())
            Walk(child, problems);
    }

    /// <summary>Why a node may not stand in a condition, in a word the messages translate; null when it may.</summary>
    static string? Refusal(SyntaxNode node) => node switch
    {
        LiteralExpressionSyntax l when l.IsKind(SyntaxKind.DefaultLiteralExpression) => "default",
        LiteralExpressionSyntax or IdentifierNameSyntax or ParenthesizedExpressionSyntax or ConditionalExpressionSyntax => null,
        BinaryExpressionSyntax b => b.Kind() switch
        {
            SyntaxKind.AsExpression or SyntaxKind.IsExpression => "cast",
            _ => null,
        },
        PrefixUnaryExpressionSyntax p => p.Kind() switch
        {
            SyntaxKind.LogicalNotExpression or SyntaxKind.UnaryMinusExpression or SyntaxKind.UnaryPlusExpression => null,
            SyntaxKind.PreIncrementExpression or SyntaxKind.PreDecrementExpression => "assignment",
            SyntaxKind.AddressOfExpression or SyntaxKind.PointerIndirectionExpression => "unsafe",
            SyntaxKind.IndexExpression => "index",
            _ => "operator",
        },
        PostfixUnaryExpressionSyntax p => p.Kind() == SyntaxKind.SuppressNullableWarningExpression ? null : "assignment",
        MemberAccessExpressionSyntax m => m.IsKind(SyntaxKind.SimpleMemberAccessExpression) ? null : "unsafe",
        InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.Text: "nameof" } } => "nameof",
        InvocationExpressionSyntax or ArgumentListSyntax => null,
        ArgumentSyntax a => a.RefKindKeyword.IsKind(SyntaxKind.None) && a.NameColon is null ? null : "ref",
        IsPatternExpressionSyntax i => IsNullCheck(i.Pattern) ? null : "pattern",
        ConstantPatternSyntax or UnaryPatternSyntax => null,
        AssignmentExpressionSyntax => "assignment",
        LambdaExpressionSyntax or AnonymousMethodExpressionSyntax => "lambda",
        BaseObjectCreationExpressionSyntax or ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax
            or AnonymousObjectCreationExpressionSyntax or CollectionExpressionSyntax or WithExpressionSyntax
            or TupleExpressionSyntax => "new",
        StackAllocArrayCreationExpressionSyntax or ImplicitStackAllocArrayCreationExpressionSyntax or SizeOfExpressionSyntax
            or RefExpressionSyntax or RefTypeExpressionSyntax or RefValueExpressionSyntax or MakeRefExpressionSyntax => "unsafe",
        TypeOfExpressionSyntax => "typeof",
        DefaultExpressionSyntax => "default",
        CheckedExpressionSyntax => "checked",
        InterpolatedStringExpressionSyntax => "interpolation",
        CastExpressionSyntax => "cast",
        ThrowExpressionSyntax => "throw",
        AwaitExpressionSyntax => "await",
        QueryExpressionSyntax => "query",
        SwitchExpressionSyntax => "switch",
        ElementAccessExpressionSyntax or ElementBindingExpressionSyntax or RangeExpressionSyntax => "index",
        ConditionalAccessExpressionSyntax or MemberBindingExpressionSyntax => "conditional-access",
        ThisExpressionSyntax or BaseExpressionSyntax => "this",
        PredefinedTypeSyntax or GenericNameSyntax or QualifiedNameSyntax or AliasQualifiedNameSyntax
            or NullableTypeSyntax or ArrayTypeSyntax or PointerTypeSyntax or FunctionPointerTypeSyntax => "type",
        DeclarationExpressionSyntax => "declaration",
        _ when node.IsKind(SyntaxKind.ArgListExpression) => "unsafe",
        _ => "other",
    };

    static bool IsComment(SyntaxTrivia trivia) => trivia.Kind() is SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia
        or SyntaxKind.SingleLineDocumentationCommentTrivia or SyntaxKind.MultiLineDocumentationCommentTrivia;

    static bool IsNullCheck(PatternSyntax pattern) => pattern switch
    {
        ConstantPatternSyntax c => c.Expression.IsKind(SyntaxKind.NullLiteralExpression),
        UnaryPatternSyntax u => u.OperatorToken.IsKind(SyntaxKind.NotKeyword) && IsNullCheck(u.Pattern),
        _ => false,
    };

    static int OutsideQuotes(string text, char wanted)
    {
        var quote = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                if (c == '\\') i++;
                else if (c == quote) quote = '\0';
            }
            else if (c is '"' or '\'') quote = c;
            else if (c == wanted) return i;
        }
        return -1;
    }

    /// <summary>Deepest nesting of brackets outside quoted text.</summary>
    static int Depth(string text)
    {
        int depth = 0, max = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"') quoted = !quoted;
            if (quoted) continue;
            if (c is '(' or '[' or '{') max = Math.Max(max, ++depth);
            else if (c is ')' or ']' or '}') depth--;
        }
        return max;
    }
}
