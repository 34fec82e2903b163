using System.Collections.Immutable;
using System.Text.Json;
using Procedures.Runtime.Conditions;
using Procedures.Workflows;
using Procedures.Workflows.Facts;

namespace Procedures.Runtime.Data;

/// <summary>
/// One document a dossier must hold; <see cref="Undecided"/> when its condition could not be decided from the data.
/// A "one of" row lists its <see cref="Alternatives"/>, any one of which the applicant supplies; a looked-up row
/// (<see cref="LookedUpIn"/>) is not supplied by the applicant: the officer looks it up in that database.
/// </summary>
public sealed record ChecklistEntry(string DocumentId, string Name, string? Case, bool Undecided)
{
    public ImmutableList<ChecklistEntry> Alternatives { get; init; } = [];

    public string? LookedUpIn { get; init; }

    /// <summary>Whom the document is about when not the applicant.</summary>
    public string? About { get; init; }
}

/// <summary>
/// The documents a dossier must hold (thành phần hồ sơ) given its data: the common documents and those of every
/// case whose condition holds, each kept when its own condition holds. A condition the data cannot decide keeps its
/// documents, marked undecided, for the officer at receipt to check. A "one of" line keeps the alternatives whose
/// condition holds, and is dropped when none does.
/// </summary>
public static class Checklist
{
    public static ImmutableList<ChecklistEntry> For(WorkflowDefinition definition, IReadOnlyDictionary<string, JsonElement> data, IConditionEvaluator? conditions)
    {
        bool? Holds(string? condition) => string.IsNullOrWhiteSpace(condition) ? true
            : conditions.TryEvaluate(definition, condition, data).Value;

        ChecklistEntry? Entry(RequiredDocument document, string? @case, bool undecided)
        {
            if (Holds(document.Condition) is var holds && holds == false) return null;
            var entry = new ChecklistEntry(document.Id, document.Name, @case, undecided || holds is null)
            {
                LookedUpIn = document.LookedUpIn,
                About = document.About,
            };
            if (!document.IsOneOf) return entry;
            var alternatives = document.Alternatives.Select(a => Entry(a, @case, entry.Undecided)).OfType<ChecklistEntry>().ToImmutableList();
            return alternatives.IsEmpty ? null : entry with { Alternatives = alternatives };
        }

        var entries = ImmutableList.CreateBuilder<ChecklistEntry>();
        entries.AddRange(definition.Facts.Documents.Common.Select(d => Entry(d, null, false)).OfType<ChecklistEntry>());
        foreach (var @case in definition.Facts.Documents.Cases)
            if (Holds(@case.Condition) is var holds && holds != false)
                entries.AddRange(@case.Documents.Select(d => Entry(d, @case.Name, holds is null || @case.Condition is null)).OfType<ChecklistEntry>());
        return entries.ToImmutable();
    }
}
