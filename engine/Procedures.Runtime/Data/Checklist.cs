using System.Collections.Immutable;
using System.Text.Json;
using Procedures.Runtime.Conditions;
using Procedures.Workflows;
using Procedures.Workflows.Facts;

namespace Procedures.Runtime.Data;

/// <summary>One document a dossier must hold; <see cref="Undecided"/> when its condition could not be decided from the data.</summary>
public sealed record ChecklistEntry(string DocumentId, string Name, string? Case, bool Undecided);

/// <summary>
/// The documents a dossier must hold (thành phần hồ sơ) given its data: the common documents and those of every
/// case whose condition holds, each kept when its own condition holds. A condition the data cannot decide keeps its
/// documents, marked undecided, for the officer at receipt to check.
/// </summary>
public static class Checklist
{
    public static ImmutableList<ChecklistEntry> For(WorkflowDefinition definition, IReadOnlyDictionary<string, JsonElement> data, IConditionEvaluator? conditions)
    {
        bool? Holds(string? condition) => string.IsNullOrWhiteSpace(condition) ? true
            : conditions.TryEvaluate(definition, condition, data).Value;

        var entries = ImmutableList.CreateBuilder<ChecklistEntry>();
        void Add(IEnumerable<RequiredDocument> documents, string? @case, bool caseUndecided)
        {
            foreach (var document in documents)
                if (Holds(document.Condition) is var holds && holds != false)
                    entries.Add(new ChecklistEntry(document.Id, document.Name, @case, caseUndecided || holds is null));
        }
        Add(definition.Facts.Documents.Common, null, false);
        foreach (var @case in definition.Facts.Documents.Cases)
            if (Holds(@case.Condition) is var holds && holds != false)
                Add(@case.Documents, @case.Name, holds is null || @case.Condition is null);
        return entries.ToImmutable();
    }
}
