using NodaTime;
using Procedures.Calendar;
using Procedures.Runtime.Numbering;
using Procedures.Runtime.State;
using Procedures.Runtime.Stimuli;
using Procedures.Workflows;
using Procedures.Workflows.Activities;
using Procedures.Workflows.Facts;

namespace Procedures.Runtime.Simulation;

/// <summary>What a simulated dossier went through, or why the simulation stopped.</summary>
public sealed record SimulationResult(WorkflowInstance? Instance, string? Error);

/// <summary>
/// Runs one dossier through a procedure on a hand-moved clock. Every officer and agency acts at once, the
/// applicant completes a dossier one day after being asked, a posting runs its full period. At each point with
/// several outcomes the next entry of <c>path</c> is taken (an outcome name, a port such as Incomplete, or
/// yes/no for a condition); when the path runs out, the first outcome is taken.
/// </summary>
public sealed class DossierSimulation(IWorkingCalendar calendar)
{
    const int MaxStimuli = 500;

    public SimulationResult Run(WorkflowDefinition definition, LocalDateTime submittedAt, IReadOnlyList<string> path, ChannelKind? channel = null)
    {
        var clock = new ManualClock(submittedAt.WithOffset(VietnamTime.Offset).ToDateTimeOffset());
        var runtime = new DossierRuntime(calendar, clock, new InMemoryDossierNumberSequence());
        var started = runtime.Start(definition, new StartRequest("simulation", Channel: channel));
        if (!started.Accepted)
            return new(null, started.Reason);

        var instance = started.Instance!;
        var remaining = new Queue<string>(path);
        for (var i = 0; i < MaxStimuli && !instance.IsFinished; i++)
        {
            var step = instance.ActiveSteps.OrderBy(s => s.StartedAt).ThenBy(s => s.ActivityId, StringComparer.Ordinal).FirstOrDefault();
            if (step is null)
                return new(instance, "the dossier waits for nothing but is not finished");
            if (Next(step, remaining, clock) is not { } stimulus)
                return new(instance, $"\"{remaining.Peek()}\" is not an outcome of \"{step.Title}\" ({Choices(step)})");
            var result = runtime.Resume(definition, instance, stimulus);
            if (!result.Accepted)
                return new(instance, result.Reason);
            instance = result.Instance!;
        }
        if (!instance.IsFinished)
            return new(instance, $"the dossier did not finish within {MaxStimuli} steps; the path may loop");
        if (remaining.Count > 0)
            return new(instance, $"the dossier finished before the path was used up: {string.Join(", ", remaining)}");
        return new(instance, null);
    }

    static Stimulus? Next(ActiveStep step, Queue<string> path, ManualClock clock)
    {
        var bookmark = step.Bookmarks.FirstOrDefault(b => b.Kind != BookmarkKind.Complaint) ?? step.Bookmarks[0];
        switch (bookmark.Kind)
        {
            case BookmarkKind.OfficerDecision when bookmark.AllowedOutcomes.Count > 1 && path.Count > 0:
                var wanted = path.Peek();
                var outcome = bookmark.AllowedOutcomes.FirstOrDefault(o => Matches(o, wanted));
                if (outcome is null)
                    return null;
                path.Dequeue();
                return new OfficerDecision(step.ActivityId, outcome);
            case BookmarkKind.OfficerDecision:
                return new OfficerDecision(step.ActivityId, bookmark.AllowedOutcomes[0]);
            case BookmarkKind.AgencyReply:
                return new AgencyReply(step.ActivityId, bookmark.Agency!);
            case BookmarkKind.ApplicantCompletion:
                clock.Set(clock.GetUtcNow().AddDays(1));
                return new ApplicantCompletion(step.ActivityId);
            default:
                if (step.Bookmarks.Any(b => b.Kind == BookmarkKind.Complaint) && path.Count > 0 && Matches(Ports.Complaint, path.Peek()))
                {
                    path.Dequeue();
                    return new Complaint(step.ActivityId);
                }
                if (bookmark.DueAt is { } due)
                    clock.Set(due.WithOffset(VietnamTime.Offset).ToDateTimeOffset());
                return new TimerElapsed(step.ActivityId);
        }
    }

    static bool Matches(string outcome, string wanted) =>
        string.Equals(outcome, wanted, StringComparison.OrdinalIgnoreCase)
        || (outcome == Ports.True && wanted.Equals("yes", StringComparison.OrdinalIgnoreCase))
        || (outcome == Ports.False && wanted.Equals("no", StringComparison.OrdinalIgnoreCase));

    static string Choices(ActiveStep step) => string.Join(", ", step.Bookmarks.SelectMany(b => b.AllowedOutcomes).Distinct());
}

