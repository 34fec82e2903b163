using Procedures.Workflows.Facts;
using System.Collections.Immutable;
using System.Text;

namespace Procedures.Expressions;

/// <summary>
/// The C# that a set of procedures' conditions compile to: per procedure a class whose properties read the dossier's
/// data fields (the globals a condition sees) and one method per condition, each condition alone on its own line so
/// that Roslyn's positions map straight back into the condition. A condition already refused is replaced by
/// <c>false</c> so that it is never compiled.
/// </summary>
sealed class GeneratedSource
{
    public const string Namespace = "Procedures.Expressions.Generated";
    /// <summary>The dossier's data as the generated code sees it: a field name in, the field's value out.</summary>
    const string Data = "global::System.Func<string, object?>";

    /// <summary>
    /// The type a list field reads as, declared in the generated code itself so that conditions reference nothing
    /// outside the core library: only <c>Count</c> and <c>Contains</c>, the two members the whitelist allows.
    /// </summary>
    const string ValueList = """
        public sealed class ValueList(string[] items)
        {
            public int Count => items.Length;
            public bool Contains(string value) => global::System.Array.IndexOf(items, value) >= 0;
        }

        """;

    GeneratedSource(string text, ImmutableArray<ImmutableArray<int>> starts)
    {
        Text = text;
        Starts = starts;
    }

    public string Text { get; }

    /// <summary>Offset in <see cref="Text"/> where condition <c>[procedure][condition]</c> begins; -1 when it was left out.</summary>
    public ImmutableArray<ImmutableArray<int>> Starts { get; }

    public static string ClassName(int procedure) => $"P{procedure}";

    public static string Evaluator(int condition) => $"__E{condition}";

    public static GeneratedSource Build(IReadOnlyList<ProcedureConditions> procedures, Func<int, int, bool> include)
    {
        // Math is the one type a condition may name (Math.Min, Math.Max, Math.Abs, Math.Round).
        var text = new StringBuilder("#nullable enable\nnamespace ").Append(Namespace).Append("\n{\nusing Math = global::System.Math;\n").Append(ValueList);
        var starts = ImmutableArray.CreateBuilder<ImmutableArray<int>>();
        for (var p = 0; p < procedures.Count; p++)
        {
            var procedure = procedures[p];
            var name = ClassName(p);
            text.Append("public sealed class ").Append(name).Append('(').Append(Data).Append(" __d)\n{\n");
            foreach (var field in procedure.Fields)
                text.Append("public ").Append(Property(field)).Append('\n');
            var conditionStarts = ImmutableArray.CreateBuilder<int>();
            for (var c = 0; c < procedure.Conditions.Length; c++)
            {
                text.Append("public bool __C").Append(c).Append("() => (\n");
                if (include(p, c))
                {
                    conditionStarts.Add(text.Length);
                    text.Append(procedure.Conditions[c]);
                }
                else
                {
                    conditionStarts.Add(-1);
                    text.Append("false");
                }
                text.Append("\n);\n");
                text.Append("public static bool ").Append(Evaluator(c)).Append('(').Append(Data).Append(" d) => new ")
                    .Append(name).Append("(d).__C").Append(c).Append("();\n");
            }
            starts.Add(conditionStarts.ToImmutable());
            text.Append("}\n");
        }
        text.Append("}\n");
        return new GeneratedSource(text.ToString(), starts.ToImmutable());
    }

    /// <summary>A required field reads as its plain type; an optional one may be null.</summary>
    static string Property(DataField field)
    {
        var type = field.Type switch
        {
            DataType.Text or DataType.OneOf => "string",
            DataType.WholeNumber => "long",
            DataType.Decimal or DataType.Money => "decimal",
            DataType.YesNo => "bool",
            DataType.Date => "global::System.DateOnly",
            _ => "ValueList",
        };
        var read = $"__d(\"{field.Name}\")";
        if (field.Type == DataType.ListOf)
            return field.Required
                ? $"ValueList {field.Name} => new ValueList((string[]){read}!);"
                : $"ValueList? {field.Name} => {read} is string[] __v ? new ValueList(__v) : null;";
        return field.Required ? $"{type} {field.Name} => ({type}){read}!;" : $"{type}? {field.Name} => ({type}?){read};";
    }
}
