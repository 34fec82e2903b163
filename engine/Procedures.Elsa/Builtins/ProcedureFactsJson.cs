using System.Text.Json.Nodes;
using Procedures.Workflows.Facts;

namespace Procedures.Elsa.Builtins;

/// <summary>
/// The facts of a procedure beyond its header that Elsa cannot compute, for the definition's
/// <c>customProperties.procedures</c>, each written only when the procedure has it: <c>results</c> (title, form,
/// <c>validFor</c>, linked <c>procedure</c>), <c>refusalResult</c>, <c>requirements</c> (text and the C# <c>condition</c>
/// checked at submission), <c>applicantWindows</c> (<c>kind</c> <c>Within</c>, <c>AtLeastBefore</c> or <c>BeforeOrAfter</c>,
/// <c>period</c>, the date <c>field</c>, the <c>condition</c> of its case, <c>lateAccepted</c>), <c>fees</c> (fee lines by case), <c>payments</c> to the citizen and <c>duties</c> after the result.
/// </summary>
internal static class ProcedureFactsJson
{
    public static IEnumerable<(string Key, JsonNode Value)> Entries(ProcedureFacts facts)
    {
        if (facts.Results.Count > 1 || facts.Results.Any(r => r.FormCode is not null || r.Validity is not null || r.ProcedureCode is not null))
            yield return ("results", Array(facts.Results, r => StepFacts.Present(("title", r.Title), ("form", r.FormCode),
                ("validFor", r.Validity is { } v ? StepFacts.TimeLimitJson(v) : null), ("procedure", r.ProcedureCode))));
        if (facts.RefusalResult is { } refusal)
            yield return ("refusalResult", StepFacts.Present(("title", refusal.Title), ("form", refusal.FormCode)));
        if (facts.Requirements.Count > 0)
            yield return ("requirements", Array(facts.Requirements, r => StepFacts.Present(("text", r.Text), ("condition", r.Condition))));
        if (facts.ApplicantWindows.Count > 0)
            yield return ("applicantWindows", Array(facts.ApplicantWindows, w => StepFacts.Present(("kind", w.Kind.ToString()),
                ("period", StepFacts.TimeLimitJson(w.Period)), ("field", w.Field), ("condition", w.Condition),
                ("lateAccepted", w.LateAccepted ? true : null))));
        if (facts.FeeLines.Count > 0)
            yield return ("fees", Array(facts.FeeLines, f => StepFacts.Present(("amount", f.Amount), ("item", f.Item), ("condition", f.Condition))));
        if (facts.Payments.Count > 0)
            yield return ("payments", Array(facts.Payments, p => StepFacts.Present(("title", p.Title), ("amount", p.Amount),
                ("amountText", p.AmountText), ("condition", p.Condition), ("phase", p.Phase))));
        if (facts.Duties.Count > 0)
            yield return ("duties", Array(facts.Duties, d => StepFacts.Present(("text", d.Text), ("procedure", d.ProcedureCode))));
    }

    static JsonArray Array<T>(IEnumerable<T> items, Func<T, JsonObject> json) => new([.. items.Select(i => (JsonNode)json(i))]);
}
