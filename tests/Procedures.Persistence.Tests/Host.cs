using NodaTime;
using Procedures.Runtime;
using Procedures.Runtime.Numbering;
using Procedures.Runtime.Simulation;
using Procedures.Runtime.State;
using Procedures.Runtime.Stimuli;
using Procedures.Workflows;

namespace Procedures.Persistence.Tests;

/// <summary>What a host does around the pure runtime: take a number, run, save. One instance per "process".</summary>
public sealed class Host(TestDatabase database)
{
    /// <summary>Monday 2 March 2026, 09:00 in Vietnam.</summary>
    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero));

    public DossierStore Store { get; } = new(database.NewOptions(), TestProcedures.Calendar);

    public StoredDossierNumberSequence Numbers { get; } = new(database.NewOptions());

    public DossierRuntime Runtime => new(TestProcedures.Calendar, Clock);

    public WorkflowDefinition Definition => TestProcedures.Unemployment;

    public RunResult Start(string dossierId)
    {
        var submittedAt = VietnamTime.Now(Clock);
        Assert.Null(DossierNumber.TryTake(Definition, submittedAt, Numbers, out var number));
        var result = Runtime.Start(Definition, new StartRequest(dossierId, number));
        Assert.True(result.Accepted, result.Reason);
        return result;
    }

    public void Later(int hours = 1) => Clock.Set(Clock.GetUtcNow().AddHours(hours));

    /// <summary>The first open bookmark, resumed with its first allowed outcome.</summary>
    public RunResult Next(WorkflowInstance instance, string? note = null)
    {
        var bookmark = instance.Bookmarks[0];
        var result = Runtime.Resume(Definition, instance, new BookmarkResumed(bookmark.Id, bookmark.AllowedOutcomes.FirstOrDefault(), note));
        Assert.True(result.Accepted, result.Reason);
        return result;
    }
}
