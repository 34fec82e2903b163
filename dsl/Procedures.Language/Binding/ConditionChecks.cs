using Procedures.Expressions;
using Procedures.Language.Diagnostics;
using Procedures.Language.Syntax;
using Procedures.Language.Text;

namespace Procedures.Language.Binding;

/// <summary>
/// Compiles every condition of every procedure with Roslyn against its procedure's data fields (one compilation for
/// all) and reports each problem inside the backticks, in the file's language.
/// </summary>
static class ConditionChecks
{
    public static void Run(IReadOnlyList<(BoundProcedure Procedure, DiagnosticBag Bag)> procedures)
    {
        var checkedOnes = procedures.Select(p => (p.Procedure, p.Bag, Conditions: p.Procedure.Conditions.ToArray())).Where(p => p.Conditions.Length > 0).ToArray();
        if (checkedOnes.Length == 0)
            return;
        var analysis = ConditionAnalysis.Run([.. checkedOnes.Select(p => Conditions(p.Procedure, p.Conditions))]);
        for (var i = 0; i < checkedOnes.Length; i++)
        {
            var (procedure, bag, conditions) = checkedOnes[i];
            for (var c = 0; c < conditions.Length; c++)
                foreach (var problem in analysis.Problems[i][c])
                    Report(bag, procedure, conditions[c], problem);
            ForElsa(procedure, bag, [.. conditions.Where((_, c) => analysis.Problems[i][c].IsEmpty)]);
        }
    }

    /// <summary>
    /// A sound branch condition must also read in the C# Elsa evaluates when the workflow is exported (PRC2213). Only
    /// branches run in Elsa; the conditions of documents and cases travel with the workflow as facts.
    /// </summary>
    static void ForElsa(BoundProcedure procedure, DiagnosticBag bag, IReadOnlyList<BoundCondition> sound)
    {
        var fields = procedure.Data.Select(f => f.ToFact()).ToArray();
        foreach (var condition in procedure.Steps.Select(s => s.Condition).OfType<BoundCondition>().Where(sound.Contains))
            foreach (var problem in ElsaConditions.Translate(fields, condition.Text).Problems)
                Report(bag, procedure, condition, problem);
    }

    /// <summary>What a procedure's conditions compile from: its data fields and the conditions' texts.</summary>
    public static ProcedureConditions Conditions(BoundProcedure procedure, IEnumerable<BoundCondition> conditions) =>
        new(procedure.Path, [.. procedure.Data.Select(f => f.ToFact())], [.. conditions.Select(c => c.Text)]);

    static void Report(DiagnosticBag bag, BoundProcedure procedure, BoundCondition condition, ConditionProblem problem)
    {
        var vi = bag.Language == KeywordLanguage.Vietnamese;
        var offset = Math.Clamp(problem.Offset, 0, condition.Text.Length);
        var length = Math.Clamp(problem.Length, 0, condition.Text.Length - offset);
        var span = new SourceSpan(condition.Span.Start + offset, length, condition.Span.Line, condition.Span.Column + offset);
        var arguments = problem.Arguments;
        string Argument(int i) => i < arguments.Length ? arguments[i] : "";
        switch (problem.Kind)
        {
            case ConditionProblemKind.Syntax:
                bag.Add(DiagnosticCatalogue.ConditionSyntax, span, Argument(0));
                break;
            case ConditionProblemKind.NotOneExpression:
                bag.Add(DiagnosticCatalogue.ConditionNotOneExpression, span, condition.Text.Substring(offset, length).Trim());
                break;
            case ConditionProblemKind.TooComplex:
                bag.Add(DiagnosticCatalogue.ConditionTooComplex, span,
                    ConditionAnalysis.MaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ConditionAnalysis.MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture));
                break;
            case ConditionProblemKind.UnknownName:
                var hint = procedure.Data.Count == 0
                    ? vi ? "; hãy khai báo nó trong khối \"dữ liệu\"" : "; declare it in a \"data\" block"
                    : Names.DidYouMean(Argument(0), procedure.Data.Select(f => f.Name), bag.Language);
                bag.Add(DiagnosticCatalogue.UnknownDataField, span, Argument(0), hint);
                break;
            case ConditionProblemKind.TypeMismatch when arguments.Length >= 4:
                bag.Add(DiagnosticCatalogue.ConditionOperandMismatch, span, Argument(1), Kind(Argument(2), vi), Kind(Argument(3), vi));
                break;
            case ConditionProblemKind.TypeMismatch:
                bag.Add(DiagnosticCatalogue.ConditionTypeMismatch, span, Argument(0));
                break;
            case ConditionProblemKind.NotYesNo when Argument(0) == "yes-no?":
                bag.Add(DiagnosticCatalogue.ConditionMaybeNull, span, condition.Text.Substring(offset, length));
                break;
            case ConditionProblemKind.NotYesNo:
                bag.Add(DiagnosticCatalogue.ConditionNotYesNo, span, Kind(Argument(0), vi));
                break;
            case ConditionProblemKind.NotAllowed:
                bag.Add(DiagnosticCatalogue.ConditionConstructNotAllowed, span, Construct(Argument(0), vi));
                break;
            case ConditionProblemKind.MemberNotAllowed:
                bag.Add(DiagnosticCatalogue.ConditionMemberNotAllowed, span, Argument(0));
                break;
            case ConditionProblemKind.Directive:
                bag.Add(DiagnosticCatalogue.ConditionDirective, span);
                break;
            case ConditionProblemKind.NotReadableByElsa:
                bag.Add(DiagnosticCatalogue.ConditionNotForElsa, span, Argument(0), Argument(1));
                break;
            default:
                bag.Add(DiagnosticCatalogue.ConditionDoesNotCompile, span, Argument(0));
                break;
        }
    }

    /// <summary>A value kind in the words of the data block's types.</summary>
    static string Kind(string kind, bool vi)
    {
        var nullable = kind.EndsWith('?');
        var word = (kind.TrimEnd('?'), vi) switch
        {
            ("text", false) => "text",
            ("text", true) => "văn bản",
            ("whole-number", false) => "a whole number",
            ("whole-number", true) => "số nguyên",
            ("number", false) => "a number",
            ("number", true) => "số",
            ("yes-no", false) => "yes or no",
            ("yes-no", true) => "có hoặc không",
            ("date", false) => "a date",
            ("date", true) => "ngày tháng",
            ("list", false) => "a list",
            ("list", true) => "danh sách",
            ("nothing", false) => "null",
            ("nothing", true) => "giá trị trống (null)",
            (var other, _) => other,
        };
        return nullable ? word + (vi ? " (có thể trống)" : " (or null)") : word;
    }

    static string Construct(string construct, bool vi) => (construct, vi) switch
    {
        ("lambda", false) => "a lambda (=>)",
        ("lambda", true) => "biểu thức lambda (=>)",
        ("new", false) => "creating objects (new, arrays, tuples)",
        ("new", true) => "việc tạo đối tượng (new, mảng, bộ giá trị)",
        ("unsafe", false) => "unsafe code (pointers, sizeof, stackalloc)",
        ("unsafe", true) => "mã không an toàn (con trỏ, sizeof, stackalloc)",
        ("checked", _) => "checked/unchecked",
        ("interpolation", false) => "string interpolation ($\"…\")",
        ("interpolation", true) => "chuỗi nội suy ($\"…\")",
        ("cast", false) => "a conversion (cast, as, is)",
        ("cast", true) => "phép ép kiểu (cast, as, is)",
        ("query", false) => "a query (from … select)",
        ("query", true) => "truy vấn (from … select)",
        ("switch", false) => "a switch expression",
        ("switch", true) => "biểu thức switch",
        ("index", false) => "indexing ([…], ^, ..)",
        ("index", true) => "truy cập theo chỉ số ([…], ^, ..)",
        ("conditional-access", _) => "?.",
        ("this", _) => "this/base",
        ("type", false) => "a type name",
        ("type", true) => "tên kiểu",
        ("declaration", false) => "a variable declaration",
        ("declaration", true) => "khai báo biến",
        ("assignment", false) => "assignment (=, ++, --)",
        ("assignment", true) => "phép gán (=, ++, --)",
        ("ref", false) => "ref, out or named arguments",
        ("ref", true) => "tham số ref, out hoặc có tên",
        ("comment", false) => "a comment",
        ("comment", true) => "chú thích",
        ("pattern", false) => "a pattern other than \"is null\"",
        ("pattern", true) => "mẫu khác \"is null\"",
        ("operator", false) => "this operator",
        ("operator", true) => "toán tử này",
        ("other", false) => "this construct",
        ("other", true) => "cấu trúc này",
        (var word, _) => word,
    };
}
