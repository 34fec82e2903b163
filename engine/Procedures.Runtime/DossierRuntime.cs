using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using Procedures.Calendar;
using Procedures.Runtime.Agencies;
using Procedures.Runtime.Conditions;
using Procedures.Runtime.Data;
using Procedures.Runtime.Effects;
using Procedures.Runtime.Execution;
using Procedures.Runtime.Messages;
using Procedures.Runtime.State;
using Procedures.Runtime.Stimuli;
using Procedures.Workflows;
using Procedures.Workflows.Activities;
using Procedures.Workflows.Facts;

namespace Procedures.Runtime;

/// <summary>
/// Runs dossiers: one instance per dossier, pinned to the definition version it started on. A pure function of
/// (definition, instance, stimulus, clock) → (instance, effects): it reads no shared state (the dossier number, taken from
/// the agency's daily sequence by the host, comes with the transition that receives the dossier) and writes none (bookmarks and timers go out as <see cref="RunResult.Effects"/>), so
/// the same inputs and the same clock give the same journal and a host persists everything in one transaction. Time comes from
/// the injected <see cref="TimeProvider"/>, read as Vietnam civil time; deadlines come from the working calendar.
/// Decisions evaluate their C# condition with <paramref name="conditions"/>; without one (or when it cannot
/// decide) the decision waits for an officer to choose True or False, shown the condition text.
/// </summary>
public sealed class DossierRuntime(
    IWorkingCalendar calendar,
    TimeProvider time,
    IConditionEvaluator? conditions = null)
{
    public RunResult Start(WorkflowDefinition definition, StartRequest request)
    {
        if (definition is null) return RunResult.Reject(null, RefusalCatalogue.NoDefinition.With());
        if (request is null || string.IsNullOrWhiteSpace(request.DossierId)) return RunResult.Reject(null, RefusalCatalogue.NoDossierId.With());
        var problems = DefinitionValidator.Validate(definition);
        if (problems.Count > 0) return RunResult.Reject(null, RefusalCatalogue.InvalidDefinition.With(definition.DefinitionId, string.Join("; ", problems)));

        var now = VietnamTime.Now(time);
        var submittedAt = request.SubmittedAt is { } at ? VietnamTime.ToLocal(at) : now;
        var facts = definition.Facts;
        if (facts.AbolishedDate is { } abolished && submittedAt.Date >= abolished)
            return RunResult.Reject(null, RefusalCatalogue.Abolished.With(facts.Code, Iso(abolished),
                facts.AbolishingDecision is { } decision ? $" ({decision})" : ""));
        if (facts.EffectiveDate is { } effective && submittedAt.Date < effective)
            return RunResult.Reject(null, RefusalCatalogue.NotYetEffective.With(facts.Code, Iso(effective)));

        if (request.Channel is { } channel && facts.Channels.Count > 0 && facts.Channels.All(c => c.Kind != channel))
            return RunResult.Reject(null, RefusalCatalogue.ChannelNotOffered.With(facts.Code, ChannelName(channel),
                string.Join(", ", facts.Channels.Select(c => ChannelName(c.Kind)))));

        // Data given with a submission is checked whole before anything is written: a portal's form gets every problem at once.
        if (request.Data is { } given && DataValidator.Validate(facts.Code, facts.Data, given) is { } invalid)
            return RunResult.Reject(null, invalid);

        // The agency is chosen from the data before anything is written: none that takes the dossier is a refusal.
        if (DossierAgency.Choose(definition, request.Data, conditions, out var agency) is { } noAgency)
            return RunResult.Reject(null, noAgency);
        if (facts.StartedByAgency && string.IsNullOrWhiteSpace(request.OpenedBy))
            return RunResult.Reject(null, RefusalCatalogue.StartedByAgency.With(facts.Code, agency.Name));

        // The applicant's windows and the checked requirements, on the filing date: every problem at once. A window that
        // accepts late filings is received all the same, and its miss is kept for the officer.
        var data = request.Data ?? ImmutableSortedDictionary<string, JsonElement>.Empty;
        var (unmet, requirements) = Requirements.Check(definition, data, conditions);
        var missed = request.Data is null ? [] : ApplicantWindows.Missed(definition, data, submittedAt.Date, calendar, conditions).ToList();
        var late = missed.Where(m => m.Window.LateAccepted).Select(m => m.Missed).ToImmutableList();
        var ineligible = missed.Where(m => !m.Window.LateAccepted).Select(m => m.Missed).Concat(unmet).ToList();
        if (ineligible.Count == 1) return RunResult.Reject(null, ineligible[0]);
        if (ineligible.Count > 1) return RunResult.Reject(null, RefusalCatalogue.NotEligible.With(facts.Code) with { Details = [.. ineligible] });

        // The number carries the receipt date (Circular 01/2018 Art. 19): a procedure with a receipt step numbers the dossier
        // when the complete dossier is received; one without (an agency-started procedure among them: the dossier is taken
        // in as it is opened) numbers it at submission, the host taking the number first.
        var receivedAtSubmission = !Numbering.DossierNumber.GivenAtReceipt(definition);
        var number = string.IsNullOrWhiteSpace(request.DossierNumber) ? null : request.DossierNumber;
        if (receivedAtSubmission && number is null) return RunResult.Reject(null, RefusalCatalogue.NoDossierNumber.With());
        if (!receivedAtSubmission && number is not null) return RunResult.Reject(null, RefusalCatalogue.NumberedBeforeReceipt.With(facts.Code));

        var instance = new WorkflowInstance
        {
            DossierId = request.DossierId,
            Revision = 1,
            DossierNumber = number,
            DefinitionId = definition.DefinitionId,
            DefinitionVersion = definition.Version.Sequence,
            ContentHash = definition.Version.ContentHash,
            Channel = request.Channel,
            ExecutingAgency = agency,
            OpenedBy = facts.StartedByAgency ? request.OpenedBy : null,
            Status = DossierStatus.Submitted,
            SubmittedAt = submittedAt,
            Data = data,
            Requirements = requirements,
            LateFilings = late,
            Fees = Fees.For(definition, request.Channel, data, conditions),
        };
        instance = instance with { Checklist = Checklist.For(definition, instance.Data, conditions) };
        if (receivedAtSubmission)
        {
            // Without a receipt step the deadline runs from submission (or, for a dossier the agency starts itself, from
            // its opening: the agency's own time limit, not an appointment with an applicant).
            instance = instance with
            {
                ReceivedAt = submittedAt,
                DeadlineStartedAt = submittedAt,
                DueAt = calendar.Add(submittedAt, facts.TimeLimitFor(request.Channel)),
            };
        }

        var run = new FlowRun(definition, calendar, conditions, now, instance);
        if (facts.StartedByAgency)
            run.Journal(JournalEvent.Opened, null, "Mở hồ sơ", request.OpenedBy, request.Channel?.ToString(), submittedAt, null, submittedAt,
                $"số hồ sơ {number}", DossierStatus.InProgress, instance.DueAt);
        else
            run.Journal(JournalEvent.Submitted, null, "Nộp hồ sơ", (facts.ReceivingAgency ?? agency).Name,
                request.Channel?.ToString(), submittedAt, null, submittedAt, SubmissionNote(number, late), DossierStatus.Submitted);
        run.Follow(definition.Root.Start!.Id, Ports.Done);
        return Finish(run, null);
    }

    /// <summary>
    /// Applies <paramref name="stimulus"/> to <paramref name="instance"/>. A dossier not yet numbered (see
    /// <see cref="Numbering.DossierNumber.Awaited"/>) may be received by this transition: the host then takes the agency's
    /// next number of the day first and passes it as <paramref name="receiptNumber"/>; the run uses it only if it receives
    /// the dossier (the instance after it has that number), and the host gives an unused one back.
    /// </summary>
    public RunResult Resume(WorkflowDefinition definition, WorkflowInstance instance, Stimulus stimulus, string? receiptNumber = null)
    {
        if (instance is null) return RunResult.Reject(null, RefusalCatalogue.NoInstance.With());
        if (definition is null) return RunResult.Reject(instance, RefusalCatalogue.NoDefinition.With());
        if (stimulus is null) return RunResult.Reject(instance, RefusalCatalogue.NoStimulus.With());
        if (definition.DefinitionId != instance.DefinitionId || definition.Version.Sequence != instance.DefinitionVersion ||
            definition.Version.ContentHash != instance.ContentHash)
            return RunResult.Reject(instance, RefusalCatalogue.WrongVersion.With(instance.Reference, instance.DefinitionId,
                Number(instance.DefinitionVersion), instance.ContentHash, Number(definition.Version.Sequence), definition.Version.ContentHash));
        if (instance.IsFinished)
            return RunResult.Reject(instance, RefusalCatalogue.Finished.With(instance.Reference, instance.Status.Vietnamese()));

        var run = new FlowRun(definition, calendar, conditions, VietnamTime.Now(time), instance with { Revision = instance.Revision + 1 },
            string.IsNullOrWhiteSpace(receiptNumber) ? null : receiptNumber);
        try
        {
            if (StimulusHandler.Apply(run, stimulus) is { } reason) return RunResult.Reject(instance, reason);
        }
        catch (ArgumentOutOfRangeException e)
        {
            return RunResult.Reject(instance, BeyondCalendar(e));
        }
        return Finish(run, instance);
    }

    /// <summary>
    /// Deadlines whose warning time has passed: every waiting step and agency reply one working day before its due,
    /// and the appointment itself (the apology must go out at least one day before it, Decree 61/2018 Art. 19).
    /// </summary>
    public IReadOnlyList<DeadlineWarning> Warnings(WorkflowInstance instance)
    {
        if (instance is null || instance.IsFinished) return [];
        var now = VietnamTime.Now(time);
        var warnings = new List<DeadlineWarning>();
        foreach (var step in instance.ActiveSteps)
        {
            var dated = step.Bookmarks.Where(b => b.DueAt is not null && b.WarnAt is not null && b.Kind is not (BookmarkKind.Complaint or BookmarkKind.Silence)).ToList();
            foreach (var b in dated.Where(b => b.WarnAt <= now && b.Kind != BookmarkKind.Timer))
                warnings.Add(new DeadlineWarning(step.ActivityId, step.Title, b.Agency ?? step.Unit, b.WarnAt!.Value, b.DueAt!.Value, now > b.DueAt));
        }
        // While the agency's clock is stopped the appointment is not running out.
        if (instance.DueAt is { } due && instance.DeadlineStartedAt is { } started && !instance.ClockStopped)
        {
            var warnAt = VietnamTime.WarnAt(calendar, started, due);
            if (warnAt <= now) warnings.Add(new DeadlineWarning(null, "Hẹn trả kết quả", null, warnAt, due, now > due));
        }
        return warnings;
    }

    /// <summary>Runs queued activities; <paramref name="original"/> is what a rejection hands back (null for a start).</summary>
    private RunResult Finish(FlowRun run, WorkflowInstance? original)
    {
        try
        {
            if (run.Run() is { } loop) return RunResult.Reject(original, loop);
        }
        catch (ArgumentOutOfRangeException e)
        {
            return RunResult.Reject(original, BeyondCalendar(e));
        }
        var after = run.Complete();
        return RunResult.Accept(after, EffectsOf.Run(original, after, calendar));
    }

    // Every time limit can be counted (a TimeLimit is valid by construction), but the calendar covers 1900–2100: a due date
    // beyond it gets a clear answer rather than an exception.
    /// <summary>The submission row's note: the number when it is given then, and every window missed but accepted late.</summary>
    private static string? SubmissionNote(string? number, IEnumerable<Refusal> late)
    {
        var parts = late.Select(m => m.Message(MessageLanguage.Vietnamese) + ", vẫn tiếp nhận").ToList();
        if (number is not null) parts.Insert(0, $"số hồ sơ {number}");
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    private static Refusal BeyondCalendar(ArgumentOutOfRangeException e) => RefusalCatalogue.UncountableLimit.With(e.Message);

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string ChannelName(ChannelKind kind) => kind switch
    {
        ChannelKind.InPerson => "in-person",
        ChannelKind.Postal => "postal",
        ChannelKind.OnlineFull => "online-full",
        _ => "online-partial",
    };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
