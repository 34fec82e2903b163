using NodaTime;
using Procedures.Runtime;
using Procedures.Runtime.Numbering;
using Procedures.Runtime.Simulation;
using Procedures.Runtime.State;
using Procedures.Runtime.Stimuli;
using Procedures.Workflows;

namespace Procedures.Persistence.Tests;

/// <summary>What a host does around the pure runtime: run, save, take a number for the receipt. One instance per "process".</summary>
public sealed class Host(TestDatabase database)
{
    /// <summary>Monday 2 March 2026, 09:00 in Vietnam.</summary>
    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero));

    public DossierStore Store { get; } = new(database.NewOptions(), TestProcedures.Calendar);

    public StoredDossierNumberSequence Numbers { get; } = new(database.NewOptions());

    public DossierRuntime Runtime => new(TestProcedures.Calendar, Clock);

    public WorkflowDefinition Definition => TestProcedures.Unemployment;

    /// <summary>Opens a dossier: not numbered, the procedure numbers it at the receipt.</summary>
    public RunResult Start(string dossierId)
    {
        var result = Runtime.Start(Definition, new StartRequest(dossierId));
        Assert.True(result.Accepted, result.Reason);
        return result;
    }

    /// <summary>Numbering from the agency's daily sequence of the clock's day, as the engine hands it to a receipt.</summary>
    public DossierNumbering Numbering => new(Definition.Facts.ExecutingAgency.Code, () => VietnamTime.Now(Clock).Date);

    public void Later(int hours = 1) => Clock.Set(Clock.GetUtcNow().AddHours(hours));

    /// <summary>The first open bookmark, resumed with its first allowed outcome.</summary>
    /// <remarks>A receipt gets its number from <see cref="Numbers"/>, in a transaction of its own (the store's tests of one write).</remarks>
    public RunResult Next(WorkflowInstance instance, string? note = null)
    {
        var bookmark = instance.Bookmarks[0];
        var outcome = bookmark.AllowedOutcomes.FirstOrDefault();
        string? number = null;
        if (DossierNumber.Awaited(instance) && outcome == Workflows.Activities.Ports.Received)
            Assert.Null(DossierNumber.TryTake(Definition, VietnamTime.Now(Clock), Numbers, out number));
        var result = Runtime.Resume(Definition, instance, new BookmarkResumed(bookmark.Id, outcome, note), number);
        Assert.True(result.Accepted, result.Reason);
        return result;
    }
}
