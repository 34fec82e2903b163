using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Procedures.Compiler.Tests.Elsa;

/// <summary>
/// The C# expressions of an export compiled as Elsa 3.7.1's C# evaluator compiles them: against a class with one
/// property per workflow input (<c>Input.&lt;name&gt;</c>, typed by the input's type) and one per variable
/// (<c>Variable.&lt;PascalName&gt;</c>), with the namespaces Elsa imports (System, System.Linq,
/// System.Collections.Generic, System.Text.Json). Elsa's proxies are generated this way by
/// GenerateWorkflowInputAccessors and GenerateWorkflowVariableAccessors.
/// </summary>
static class ElsaCSharp
{
    /// <summary>Every CSharp expression of the export, with the type its input expects (<c>bool</c> for a condition).</summary>
    public static IEnumerable<(string Activity, string Code, string Type)> Expressions(ExportedWorkflow export)
    {
        foreach (var activity in export.Activities)
        {
            var id = ExportedWorkflow.Id(activity);
            if (activity.TryGetProperty("condition", out var condition) && Kind(condition.GetProperty("expression")) == "CSharp")
                yield return (id, Code(condition.GetProperty("expression")), "bool");
            if (activity.TryGetProperty("cases", out var cases))
            {
                foreach (var c in cases.EnumerateArray().Where(c => Kind(c.GetProperty("condition")) == "CSharp"))
                    yield return (id, Code(c.GetProperty("condition")), "bool");
            }
            if (activity.TryGetProperty("variable", out _) && Kind(activity.GetProperty("value").GetProperty("expression")) == "CSharp")
                yield return (id, Code(activity.GetProperty("value").GetProperty("expression")), "object");
        }
    }

    /// <summary>Roslyn's errors for each expression (empty when every one compiles), as "activity: code: error".</summary>
    public static IReadOnlyList<string> Errors(ExportedWorkflow export)
    {
        var expressions = Expressions(export).ToList();
        var source = new StringBuilder("using System;\nusing System.Linq;\nusing System.Collections.Generic;\nusing System.Text.Json;\n");
        source.Append("public class WorkflowInputsProxy\n{\n");
        foreach (var input in export.Root.GetProperty("inputs").EnumerateArray())
        {
            var name = input.GetProperty("name").GetString()!;
            var type = ElsaContract.TypeOf(input.GetProperty("type").GetString()!) ?? throw new InvalidOperationException($"input type of {name} does not resolve");
            if (ElsaContract.HasProperty(name))
                source.Append($"    public {ElsaContract.FriendlyName(type)} {name} => default!;\n");
        }
        source.Append("}\npublic class WorkflowVariablesProxy\n{\n");
        foreach (var variable in export.Root.GetProperty("variables").EnumerateArray())
        {
            var name = variable.GetProperty("name").GetString()!;
            var type = ElsaContract.TypeOf(variable.GetProperty("typeName").GetString()!) ?? throw new InvalidOperationException($"variable type of {name} does not resolve");
            if (ElsaContract.HasProperty(name))
                source.Append($"    public {ElsaContract.FriendlyName(type)} {char.ToUpperInvariant(name[0])}{name[1..]} {{ get; set; }} = default!;\n");
        }
        source.Append("}\npublic static class Expressions\n{\n    static readonly WorkflowInputsProxy Input = new();\n    static readonly WorkflowVariablesProxy Variable = new();\n");
        var starts = new List<int>();
        for (var i = 0; i < expressions.Count; i++)
        {
            source.Append($"    public static {expressions[i].Type} E{i}() => (\n");
            starts.Add(source.Length);
            source.Append(expressions[i].Code).Append("\n    );\n");
        }
        source.Append("}\n");

        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var compilation = CSharpCompilation.Create("ElsaExpressions",
            [CSharpSyntaxTree.ParseText(source.ToString())],
            platform.Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) == "netstandard.dll")
                .Select(p => MetadataReference.CreateFromFile(p)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        return compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d =>
            {
                var at = starts.FindLastIndex(s => s <= d.Location.SourceSpan.Start);
                return at < 0 ? d.ToString() : $"{expressions[at].Activity}: {expressions[at].Code}: {d.GetMessage()}";
            })
            .ToList();
    }

    /// <summary>The input names an expression reads as <c>Input.&lt;name&gt;</c>, and the other names it uses on its own.</summary>
    public static (IReadOnlyList<string> Inputs, IReadOnlyList<string> Others) Names(string code)
    {
        var expression = SyntaxFactory.ParseExpression(code);
        var inputs = expression.DescendantNodesAndSelf().OfType<MemberAccessExpressionSyntax>()
            .Where(m => m.Expression is IdentifierNameSyntax { Identifier.ValueText: "Input" })
            .Select(m => m.Name.Identifier.ValueText).ToList();
        var others = expression.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>()
            .Where(n => !(n.Parent is MemberAccessExpressionSyntax access && access.Name == n) && n.Parent is not MemberBindingExpressionSyntax)
            .Select(n => n.Identifier.ValueText)
            .Where(n => n is not ("Input" or "Variable" or "Math"))
            .ToList();
        return (inputs, others);
    }

    static string Kind(JsonElement expression) => expression.GetProperty("type").GetString()!;

    static string Code(JsonElement expression) => expression.GetProperty("value").GetString()!;
}
