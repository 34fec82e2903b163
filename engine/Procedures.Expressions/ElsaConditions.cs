using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Procedures.Workflows.Facts;

namespace Procedures.Expressions;

/// <summary>A condition in Elsa's C#, and the names in it that Elsa cannot give it (empty when it translated whole).</summary>
public sealed record ElsaCondition(string Text, ImmutableArray<ConditionProblem> Problems);

/// <summary>
/// Conditions as Elsa 3.7's C# evaluator reads them. Elsa declares each workflow input as a property of a generated
/// class and hands it to an expression as <c>Input</c>, so a condition over the dossier's data reads
/// <c>Input.Tuổi &gt;= 60</c> where the procedure writes <c>Tuổi &gt;= 60</c>. The generated class has a property only
/// for an input whose name is letters and digits (elsa-core 3.7.1, <c>GenerateWorkflowInputAccessors</c> and
/// <c>VariableNameExtensions.IsValidVariableName</c>), and the class's own members <c>Get</c> and
/// <c>ExecutionContext</c> make an input of that name a compile error in every C# expression of the workflow.
/// </summary>
public static class ElsaConditions
{
    /// <summary>Members of Elsa's generated input class (<c>WorkflowInputsProxy</c>): an input of such a name breaks every C# expression.</summary>
    public static readonly ImmutableArray<string> ReservedInputNames = ["Get", "ExecutionContext", "WorkflowInputsProxy"];

    /// <summary>Whether Elsa gives expressions a property <c>Input.<paramref name="name"/></c>: only for names of letters and digits.</summary>
    public static bool HasInputProperty(string name) => name.Length > 0 && name.All(char.IsLetterOrDigit);

    /// <summary>Whether an input of this name makes every C# expression of an Elsa workflow fail to compile.</summary>
    public static bool IsReservedInputName(string name) => ReservedInputNames.Contains(name);

    /// <summary>
    /// The condition with every read of a data field prefixed by <c>Input.</c>, spacing kept. A field Elsa gives no
    /// property is a <see cref="ConditionProblemKind.NotReadableByElsa"/> problem (argument 0: its name; 1: a name
    /// Elsa can read). Only a condition that passed the checks is translated faithfully: the syntax gate leaves field
    /// names as the only simple names other than <c>Math</c>.
    /// </summary>
    public static ElsaCondition Translate(IEnumerable<DataField> fields, string condition)
    {
        var names = fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var expression = SyntaxFactory.ParseExpression(condition, 0, new CSharpParseOptions(LanguageVersion.Latest), consumeFullText: false);
        var reads = expression.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>()
            .Where(n => names.Contains(n.Identifier.ValueText) && !IsMemberName(n))
            .OrderBy(n => n.SpanStart)
            .ToArray();
        var text = new StringBuilder(condition.Length + reads.Length * 6);
        var problems = ImmutableArray.CreateBuilder<ConditionProblem>();
        var copied = 0;
        foreach (var read in reads)
        {
            var name = read.Identifier.ValueText;
            if (!HasInputProperty(name))
                problems.Add(ConditionProblem.Of(ConditionProblemKind.NotReadableByElsa, read.SpanStart, read.Span.Length, name, ReadableName(name)));
            text.Append(condition, copied, read.SpanStart - copied).Append("Input.");
            copied = read.SpanStart;
        }
        text.Append(condition, copied, condition.Length - copied);
        return new ElsaCondition(text.ToString(), problems.ToImmutable());
    }

    /// <summary>The name without the characters Elsa refuses, each word after them starting with a capital: <c>Tuoi_lao_dong</c> → <c>TuoiLaoDong</c>.</summary>
    public static string ReadableName(string name)
    {
        var result = new StringBuilder(name.Length);
        var capital = false;
        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c))
            {
                capital = result.Length > 0;
                continue;
            }
            result.Append(capital ? char.ToUpperInvariant(c) : c);
            capital = false;
        }
        return result.ToString();
    }

    static bool IsMemberName(IdentifierNameSyntax name) => name.Parent switch
    {
        MemberAccessExpressionSyntax access => access.Name == name,
        MemberBindingExpressionSyntax => true,
        NameColonSyntax => true,
        _ => false,
    };
}
