using System.Globalization;
using NodaTime;
using Procedures.Calendar;
using Procedures.Runtime.Agencies;
using Procedures.Runtime.Messages;
using Procedures.Runtime.Numbering;
using Procedures.Runtime.State;
using Procedures.Runtime.Stimuli;
using Procedures.Workflows;
using Procedures.Workflows.Activities;

namespace Procedures.Runtime.Simulation;

/// <summary>What a simulated dossier went through, or why the simulation stopped (with the dossier so far, if any).</summary>
public sealed record SimulationResult(WorkflowInstance? Instance, Refusal? Error);

/// <summary>
/// Runs one dossier through a procedure on a hand-moved clock. Officers and agencies act at the next office time
/// of a working day (a dossier submitted on Saturday is received on Monday morning), or late by the working days
/// <see cref="SimulationOptions.Late"/> names; the applicant completes a dossier the next office time a day after
/// being asked; a posting runs its full period unless the path lodges a complaint. An apology goes out one working
/// day before the appointment (Decree 61/2018 Art. 19). At each step with several outcomes the next word of
/// <c>path</c> is taken; when the path runs out, the first outcome is taken.
/// </summary>
public sealed class DossierSimulation(IWorkingCalendar calendar, Conditions.IConditionEvaluator? conditions = null)
{
    const int MaxStimuli = 500;

    public SimulationResult Run(WorkflowDefinition definition, LocalDateTime submittedAt, IReadOnlyList<string> path) =>
        Run(definition, submittedAt, path, SimulationOptions.Default);

    public SimulationResult Run(WorkflowDefinition definition, LocalDateTime submittedAt, IReadOnlyList<string> path, SimulationOptions options)
    {
        if (UnknownLateTarget(definition, options) is { } unknown)
            return new(null, unknown);
        var clock = new ManualClock(ToUtc(submittedAt));
        var runtime = new DossierRuntime(calendar, clock, conditions);
        if (DossierAgency.Choose(definition, options.Data, conditions, out var agency) is { } noAgency)
            return new(null, noAgency);
        // One dossier: its number is the receiving office's first of the day it is received (at submission, or at its
        // opening, without a receipt step).
        var numbers = new InMemoryDossierNumberSequence();
        string? number = null;
        if (!DossierNumber.GivenAtReceipt(definition) && DossierNumber.TryTake(definition, submittedAt, numbers, out number, agency) is { } unnumbered)
            return new(null, unnumbered);
        // A dossier the agency starts itself is opened by one of its officers.
        var openedBy = definition.Facts.StartedByAgency ? agency.Name : null;
        var started = runtime.Start(definition, new StartRequest("simulation", number, options.Channel, options.Data, OpenedBy: openedBy));
        if (!started.Accepted)
            return new(null, started.Refusal);

        var instance = started.Instance!;
        var remaining = new Queue<string>(path);
        var apologies = new Queue<ApologyPlan>(options.Apologies);
        for (var i = 0; i < MaxStimuli && !instance.IsFinished; i++)
        {
            var next = instance.ActiveSteps
                .Select(step => Plan(definition, step, remaining, options, Now(clock)))
                .OrderBy(p => p.At).ThenBy(p => p.Step.StartedAt).ThenBy(p => p.Step.ActivityId, StringComparer.Ordinal)
                .FirstOrDefault();
            if (next is null)
                return new(instance, RefusalCatalogue.WaitsForNothing.With());
            if (next.Stimulus is null)
                return new(instance, RefusalCatalogue.PathWordNotAnOutcome.With(remaining.Peek(), next.Step.Title,
                    string.Join(", ", Choices(next.Step).Select(options.Words.Display))));

            // A second apology goes out right after the first, and the runtime refuses it (one new date only).
            if (apologies.Count > 0 && (instance.Apology is not null ? Now(clock) : ApologyTime(instance)) is { } apologyAt && apologyAt <= next.At)
            {
                var apology = apologies.Dequeue();
                clock.Set(ToUtc(apologyAt));
                var apologized = runtime.Resume(definition, instance, new Apology(apology.NewDate.At(calendar.OfficeHours.Close), apology.Reason));
                if (!apologized.Accepted)
                    return new(instance, apologized.Refusal);
                instance = apologized.Instance!;
                i--;
                continue;
            }

            if (next.Consumes) remaining.Dequeue();
            clock.Set(ToUtc(next.At));
            string? receiptNumber = null;
            if (DossierNumber.Awaited(instance) && next.Stimulus is OfficerDecision { Outcome: Ports.Received })
            {
                if (DossierNumber.TryTake(definition, next.At, numbers, out var taken, agency) is { } noNumber) return new(instance, noNumber);
                receiptNumber = taken;
            }
            var result = runtime.Resume(definition, instance, next.Stimulus, receiptNumber);
            if (!result.Accepted)
                return new(instance, result.Refusal);
            instance = result.Instance!;
        }
        if (!instance.IsFinished)
            return new(instance, RefusalCatalogue.PathLoops.With(MaxStimuli.ToString(CultureInfo.InvariantCulture)));
        if (remaining.Count > 0)
            return new(instance, RefusalCatalogue.PathLeftOver.With(string.Join(", ", remaining)));
        if (apologies.Count > 0 && instance.Apology is null && instance.DueAt is { } due && instance.DeadlineStartedAt is { } from)
            return new(instance, RefusalCatalogue.ApologyNotNeeded.With(Time(instance.FinishedAt!.Value),
                Time(VietnamTime.WarnAt(calendar, from, due)), Time(due)));
        return new(instance, null);
    }

    /// <summary>The next stimulus for one waiting step, when it happens, and whether it takes a word of the path.</summary>
    sealed record Move(ActiveStep Step, LocalDateTime At, Stimulus? Stimulus, bool Consumes);

    Move Plan(WorkflowDefinition definition, ActiveStep step, Queue<string> path, SimulationOptions options, LocalDateTime now)
    {
        var bookmark = step.Bookmarks.FirstOrDefault(b => b.Kind != BookmarkKind.Complaint) ?? step.Bookmarks[0];
        switch (bookmark.Kind)
        {
            case BookmarkKind.OfficerDecision:
            {
                // Deemed approval: the path's silence lets the step's time limit pass with no decision; silence is one of
                // the step's choices, so a step with one outcome of its own and silence takes a word of the path too.
                var silence = step.Bookmarks.FirstOrDefault(b => b.Kind == BookmarkKind.Silence);
                if (silence is not null && path.Count > 0 && options.Words.Match(path.Peek(), [Ports.Silence]) is not null)
                    return new(step, Later(now, silence.DueAt ?? now), new TimerElapsed(step.ActivityId), true);
                // The applicant or a party acts a working day after the step starts, as the applicant completes a dossier;
                // an officer of the recording unit records it then.
                var at = definition.Root.Find(step.ActivityId) is UnitTaskActivity { Performer: not StepPerformer.Unit } performed
                    ? ActAt(calendar.Next(Later(now, step.StartedAt).PlusDays(1)), bookmark.DueAt, options, step.ActivityId, step.Title, performed.Unit)
                    : ActAt(HandedOver(step, now), bookmark.DueAt ?? step.DueAt, options, step.ActivityId, step.Title, step.Unit);
                if (bookmark.AllowedOutcomes.Count + (silence is null ? 0 : 1) > 1 && path.Count > 0)
                {
                    var outcome = options.Words.Match(path.Peek(), bookmark.AllowedOutcomes);
                    return new(step, at, outcome is null ? null : new OfficerDecision(step.ActivityId, outcome), true);
                }
                return new(step, at, new OfficerDecision(step.ActivityId, bookmark.AllowedOutcomes[0]), false);
            }
            case BookmarkKind.AgencyReply:
            {
                // Each agency of a consultation replies on its own: the earliest reply comes first.
                var replies = step.Bookmarks.Where(b => b.Kind == BookmarkKind.AgencyReply)
                    .Select(b => (Bookmark: b, At: ActAt(HandedOver(step, now), b.DueAt, options, step.ActivityId, step.Title, b.Agency)))
                    .OrderBy(r => r.At).ThenBy(r => r.Bookmark.Agency, StringComparer.Ordinal).First();
                return new(step, replies.At, new AgencyReply(step.ActivityId, replies.Bookmark.Agency!), false);
            }
            case BookmarkKind.ApplicantCompletion:
                return new(step, calendar.Next(Later(now, step.StartedAt).PlusDays(1)), new ApplicantCompletion(step.ActivityId), false);
            default:
                if (step.Bookmarks.Any(b => b.Kind == BookmarkKind.Complaint) && path.Count > 0
                    && options.Words.Match(path.Peek(), [Ports.Complaint]) is not null)
                    return new(step, calendar.Next(now), new Complaint(step.ActivityId), true);
                return new(step, Later(now, bookmark.DueAt ?? now), new TimerElapsed(step.ActivityId), false);
        }
    }

    /// <summary>
    /// Paper dossiers move between the one-stop desk and the units the same working day, or the next working morning
    /// when handed over after the cut-off (Decree 61/2018 Art. 18: 15:00 by default): a step entered after it acts the
    /// next working morning at the earliest. The receipt itself happens at the desk when the applicant comes.
    /// </summary>
    LocalDateTime HandedOver(ActiveStep step, LocalDateTime now)
    {
        var start = step.StartedAt;
        if (step.Kind == ActivityKind.Receipt || start.TimeOfDay <= calendar.OfficeHours.HandOverCutoff || !calendar.IsWorkingDay(start.Date))
            return now;
        return Later(now, calendar.Next(start.Date.PlusDays(1).At(LocalTime.Midnight)));
    }

    /// <summary>
    /// The next office time, or the due plus the late working days when the step or agency is named late; a step with
    /// no due (an indefinite wait) named late takes that many working days from now.
    /// </summary>
    LocalDateTime ActAt(LocalDateTime now, LocalDateTime? due, SimulationOptions options, params string?[] names)
    {
        var onTime = calendar.Next(now);
        if (LateDays(options, names) is not { } days)
            return onTime;
        return Later(onTime, calendar.Add(due ?? now, new TimeLimit(days, TimeLimitUnit.WorkingDays)));
    }

    static decimal? LateDays(SimulationOptions options, string?[] names)
    {
        foreach (var (target, days) in options.Late)
            if (names.Any(n => n is not null && Same(n, target)))
                return days;
        return null;
    }

    /// <summary>One working day before the appointment, when the apology must go out (Decree 61/2018 Art. 19).</summary>
    LocalDateTime? ApologyTime(WorkflowInstance instance) =>
        instance.DueAt is { } due && instance.DeadlineStartedAt is { } started ? VietnamTime.WarnAt(calendar, started, due) : null;

    static Refusal? UnknownLateTarget(WorkflowDefinition definition, SimulationOptions options)
    {
        var activities = definition.Root.Activities;
        foreach (var target in options.Late.Keys.Order(StringComparer.Ordinal))
            if (!activities.Any(a => Same(a.Id, target) || Same(a.Name, target) || Actors(a).Any(n => Same(n, target))))
                return RefusalCatalogue.LateTargetUnknown.With(target,
                    string.Join(", ", activities.Where(a => Actors(a).Any()).SelectMany(a => Actors(a).Prepend(a.Id)).Distinct()));
        return null;
    }

    /// <summary>The units and agencies that act in an activity and can be late; none for postings, conditions and the like.</summary>
    static IEnumerable<string> Actors(Activity a) => a switch
    {
        ReceiptActivity r => [r.Unit],
        UnitTaskActivity u => [u.Unit],
        ConsultationActivity c => c.Agencies.Select(x => x.Agency),
        RoutingSlipActivity s => s.Stops.Select(x => x.Agency),
        ForwardingActivity f => [f.Agency],
        TransferActivity t => [t.Agency],
        _ => [],
    };

    static bool Same(string a, string b) => ActivityIds.FromStepId(a) == ActivityIds.FromStepId(b);

    static IEnumerable<string> Choices(ActiveStep step) => step.Bookmarks.SelectMany(b => b.AllowedOutcomes).Distinct();

    static LocalDateTime Later(LocalDateTime a, LocalDateTime b) => a > b ? a : b;

    static LocalDateTime Now(ManualClock clock) => VietnamTime.Now(clock);

    static DateTimeOffset ToUtc(LocalDateTime local) => local.WithOffset(VietnamTime.Offset).ToDateTimeOffset();

    static string Time(LocalDateTime t) => t.ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
