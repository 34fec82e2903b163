using NodaTime;
using Procedures.Api.Contracts;
using Procedures.Persistence;
using Procedures.Runtime.Data;
using Procedures.Runtime.Messages;
using Procedures.Runtime.State;

namespace Procedures.Api.Views;

/// <summary>A stored dossier as the API shows it: status in words, current steps, timeline and checklist.</summary>
public static class DossierViews
{
    public static DossierView View(StoredDossier stored, string procedureName, IReadOnlyCollection<string> supplied, LocalDateTime now, MessageLanguage language)
    {
        var i = stored.Instance;
        return new DossierView(
            i.DossierId, i.DossierNumber, i.DefinitionId, procedureName, i.DefinitionVersion, stored.Revision,
            i.Status.ToString(), Words.Status(i.Status, language), i.Outcome.ToString(),
            i.Channel is { } channel ? Channels.FromEngine(channel) : null,
            Words.Time(i.SubmittedAt), Words.Time(i.ReceivedAt), Words.Time(i.DueAt), Words.Time(i.FinishedAt),
            i.DueAt is { } due && (i.FinishedAt ?? now) > due,
            i.Apology is { } a ? new ApologyView(Words.Time(a.IssuedAt), Words.Time(a.PreviousDueAt), Words.Time(a.NewDueAt), a.Reason) : null,
            i.RefusalReasons,
            [.. i.ActiveSteps.Select(s => Step(s, now, language))],
            [.. i.Journal.Select(e => Entry(e, language))],
            [.. i.Checklist.Select(c => Item(c, supplied))],
            i.Data,
            [.. i.Requirements.Select(r => new RequirementCheckView(r.Text, r.Met))],
            [.. i.Fees.Select(f => new FeeChargeView(f.Item, f.Amount, f.Undecided))]);
    }

    static ChecklistItem Item(ChecklistEntry c, IReadOnlyCollection<string> supplied)
    {
        var alternatives = c.Alternatives.Select(a => Item(a, supplied)).ToList();
        return new ChecklistItem(c.DocumentId, c.Name, c.Case, c.Undecided,
            supplied.Contains(c.DocumentId) || alternatives.Any(a => a.Supplied), c.LookedUpIn, c.About, alternatives.Count == 0 ? null : alternatives);
    }

    static CurrentStepView Step(ActiveStep s, LocalDateTime now, MessageLanguage language) =>
        new(s.ActivityId, s.Title, s.Kind.ToString(), Words.Kind(s.Kind, language), s.Unit, Words.Time(s.StartedAt), Words.Time(s.DueAt),
            s.DueAt is { } due && now > due,
            [.. s.Bookmarks.Select(b => new WaitView(b.Id, b.Kind.ToString(), b.Agency, b.AllowedOutcomes, Words.Time(b.DueAt), Words.Time(b.WarnAt), b.Prompt))]);

    static TimelineEntry Entry(JournalEntry e, MessageLanguage language) =>
        new(e.Sequence, e.Event.ToString(), e.ActivityId, e.Step, e.Unit, e.Outcome,
            Words.Time(e.ReceivedAt), Words.Time(e.DueAt), Words.Time(e.DoneAt),
            e.Punctuality.ToString(), Words.Punctuality(e.Punctuality, language),
            e.Status.ToString(), Words.Status(e.Status, language), e.Note, Words.Time(e.Appointment));
}
