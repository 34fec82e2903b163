using System.Globalization;
using NodaTime;
using Procedures.Calendar;
using Procedures.Runtime.State;
using Procedures.Workflows.Activities;

namespace Procedures.Runtime.Execution;

/// <summary>
/// When the appointment (hẹn trả kết quả) is set. The deadline in force is the procedure's (the channel's own, if any)
/// or, in a procedure with phases, the current phase's. It counts from receipt, or from when its phase begins, unless it
/// is counted from a step: then the appointment is set when that step ends.
/// </summary>
internal static class Appointments
{
    /// <summary>The limit of the deadline in force and the activity it is counted from (null: from its start).</summary>
    public static (TimeLimit Limit, string? From) InForce(FlowRun run)
    {
        var facts = run.Definition.Facts;
        if (facts.Phases is { Count: > 0 } phases)
        {
            var phase = phases.FirstOrDefault(p => p.Id == run.State.Phase) ?? phases[0];
            return (phase.TimeLimit, phase.From);
        }
        return (facts.TimeLimitFor(run.State.Channel), facts.TimeLimitFrom);
    }

    /// <summary>
    /// At receipt: the first phase begins, and the appointment is counted from now unless the deadline in force is
    /// counted from a step (null, with the note that says so).
    /// </summary>
    public static (LocalDateTime? Due, string Note) AtReceipt(FlowRun run)
    {
        if (run.Definition.Facts.Phases is [var first, ..])
            run.Update(i => i with { Phase = first.Id });
        var (limit, from) = InForce(run);
        if (from is not null)
            return (null, $"thời hạn {Words(limit)} tính từ khi xong bước \"{Title(run, from)}\"; hẹn trả kết quả khi đó");
        var due = run.Calendar.Add(run.Now, limit);
        return (due, $"hẹn trả kết quả {Time(due)}");
    }

    /// <summary>A phase begins when the dossier reaches one of its activities: its own appointment, and a row that says it.</summary>
    public static void Entering(FlowRun run, Activity activity)
    {
        var facts = run.Definition.Facts;
        if (facts.Phases is not { Count: > 0 } phases || facts.PhaseOf(activity.Id) is not { } phase || phase.Id == run.State.Phase
            || run.State.ReceivedAt is null || run.State.Outcome == DossierOutcome.Refused)
            return;
        var current = phases.ToList().FindIndex(p => p.Id == run.State.Phase);
        if (phases.ToList().IndexOf(phase) <= current)
            return;
        var due = phase.From is null ? run.Calendar.Add(run.Now, phase.TimeLimit)
            : run.EndOf(phase.From) is { } end ? AgencyClock.Counted(run, end, phase.TimeLimit) : (LocalDateTime?)null;
        run.Update(i => i with { Phase = phase.Id, DueAt = due, DeadlineStartedAt = due is null ? null : run.Now });
        var note = due is { } d ? $"hẹn trả kết quả giai đoạn {Time(d)}"
            : $"thời hạn {Words(phase.TimeLimit)} tính từ khi xong bước \"{Title(run, phase.From!)}\"";
        run.Journal(JournalEvent.PhaseStarted, activity.Id, phase.Name, null, null, run.Now, null, run.Now, note,
            appointment: due);
    }

    /// <summary>When the step the deadline in force is counted from ends, the appointment is set.</summary>
    public static void Left(FlowRun run, string activityId)
    {
        var state = run.State;
        if (state.DueAt is not null || state.ClockStopped || state.ReceivedAt is null || state.Outcome == DossierOutcome.Refused)
            return;
        var (limit, from) = InForce(run);
        if (from != activityId)
            return;
        var due = run.Calendar.Add(run.Now, limit);
        run.Update(i => i with { DueAt = due, DeadlineStartedAt = run.Now });
        run.Journal(JournalEvent.AppointmentSet, activityId, "Hẹn trả kết quả", null, null, run.Now, null, run.Now,
            $"thời hạn {Words(limit)} tính từ khi xong bước \"{Title(run, from)}\": hẹn trả kết quả {Time(due)}", appointment: due);
    }

    static string Title(FlowRun run, string activityId) => run.Definition.Root.Find(activityId)?.Name ?? activityId;

    static string Words(TimeLimit limit) => Workflows.Rendering.DomainWords.TimeLimit(limit);

    static string Time(LocalDateTime t) => t.ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
