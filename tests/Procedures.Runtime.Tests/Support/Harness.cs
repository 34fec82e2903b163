using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using NodaTime;
using Procedures.Calendar;
using Procedures.Runtime.Conditions;
using Procedures.Runtime.Numbering;
using Procedures.Runtime.State;
using Procedures.Runtime.Stimuli;
using Procedures.Workflows;

namespace Procedures.Runtime.Tests.Support;

/// <summary>A runtime on a fake clock and the Monday–Friday calendar; moves one dossier through its steps.</summary>
public sealed class Harness
{
    public static readonly LocalDateTime Monday = new(2025, 7, 14, 7, 0); // a Monday, before office hours

    public Harness(WorkflowDefinition definition, IConditionEvaluator? conditions = null, IWorkingCalendar? calendar = null)
    {
        Definition = definition;
        Calendar = calendar ?? new WeekdayCalendar();
        Clock = new FakeTimeProvider(ToUtc(Monday));
        Runtime = new DossierRuntime(Calendar, Clock, conditions);
    }

    /// <summary>Monday–Friday by default; scenarios with real dates pass the fixtures' calendar.</summary>
    public IWorkingCalendar Calendar { get; }
    public InMemoryDossierNumberSequence Numbers { get; } = new();
    public FakeTimeProvider Clock { get; }
    public DossierRuntime Runtime { get; }
    public WorkflowDefinition Definition { get; }
    public WorkflowInstance Instance { get; private set; } = null!;
    /// <summary>The result of the last accepted start or resume, with its effects.</summary>
    public RunResult Result { get; private set; } = null!;

    public static DateTimeOffset ToUtc(LocalDateTime vietnam) => vietnam.WithOffset(Offset.FromHours(7)).ToDateTimeOffset();

    public Harness At(LocalDateTime vietnam)
    {
        Clock.SetUtcNow(ToUtc(vietnam));
        return this;
    }

    public WorkflowInstance Start(string dossierId = "HS-1", params (string Key, object Value)[] data)
    {
        var values = data.ToImmutableSortedDictionary(d => d.Key, d => JsonSerializer.SerializeToElement(d.Value));
        var result = Runtime.Start(Definition, Request(dossierId) with { Data = values });
        Assert.True(result.Accepted, result.Reason);
        Result = result;
        return Instance = result.Instance!;
    }

    /// <summary>
    /// A start request as a host makes it: numbered from <see cref="Numbers"/> at the clock's now only when the procedure
    /// has no receipt step (otherwise the receipt numbers the dossier).
    /// </summary>
    public StartRequest Request(string dossierId, Workflows.Facts.ChannelKind? channel = null) =>
        new(dossierId, DossierNumber.GivenAtReceipt(Definition) ? null : Number(), channel);

    /// <summary>The receiving office's next number of the clock's day, from <see cref="Numbers"/> (the dossier's chosen agency's, once started).</summary>
    public string Number()
    {
        if (DossierNumber.TryTake(Definition, VietnamTime.Now(Clock), Numbers, out var number, Instance?.ExecutingAgency) is { } refusal)
            Assert.Fail(refusal.Message(Messages.MessageLanguage.English));
        return number;
    }

    /// <summary>Applies a stimulus; a dossier still waiting for its number gets one with an officer's "Received", as a host gives it.</summary>
    public WorkflowInstance Do(Stimulus stimulus)
    {
        var result = Runtime.Resume(Definition, Instance, stimulus, Receives(stimulus) ? Number() : null);
        Assert.True(result.Accepted, result.Reason);
        Result = result;
        return Instance = result.Instance!;
    }

    public string Refused(Stimulus stimulus) => Refusal(stimulus).Message(Messages.MessageLanguage.English);

    /// <summary>The refusal of a stimulus, which changes nothing.</summary>
    public Messages.Refusal Refusal(Stimulus stimulus)
    {
        var result = Runtime.Resume(Definition, Instance, stimulus, Receives(stimulus) ? Number() : null);
        Assert.False(result.Accepted);
        Assert.Same(Instance, result.Instance);
        return result.Refusal!;
    }

    bool Receives(Stimulus stimulus) => DossierNumber.Awaited(Instance) && stimulus switch
    {
        OfficerDecision d => d.Outcome == Workflows.Activities.Ports.Received,
        BookmarkResumed b => b.Outcome == Workflows.Activities.Ports.Received,
        _ => false,
    };

    public WorkflowInstance Officer(string activityId, string outcome, string? note = null) => Do(new OfficerDecision(activityId, outcome, note));

    public IReadOnlyList<string> Waiting => Instance.ActiveSteps.Select(s => s.ActivityId).ToList();

    public JournalEntry Last(JournalEvent ev, string? activityId = null) =>
        Instance.Journal.Last(e => e.Event == ev && (activityId is null || e.ActivityId == activityId));
}
