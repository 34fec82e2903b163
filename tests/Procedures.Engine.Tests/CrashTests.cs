using Microsoft.EntityFrameworkCore;
using Procedures.Calendar.Data;
using Procedures.Persistence;
using Procedures.Runtime.Effects;
using Procedures.Runtime.State;

namespace Procedures.Engine.Tests;

/// <summary>
/// The issue's crash test: an engine process killed with SIGKILL in the middle of a load loses no committed transition
/// and leaves no half-written one. It guards the one transaction per transition in <see cref="DossierStore"/>: a
/// transition whose journal, open tasks or timers are written in a transaction of their own, or one reported done
/// before its commit, leaves at one of the kills a stored dossier whose rows disagree with its instance, or a reported
/// revision that is not stored.
/// </summary>
public sealed class CrashTests : IDisposable
{
    private readonly Workspace workspace = new();
    private readonly Calendar.IWorkingCalendar calendar = CalendarLoader.FromDirectory(Fixtures.CalendarFolder).Calendar;

    [Fact]
    public async Task An_engine_killed_in_the_middle_of_a_load_loses_no_committed_transition_and_leaves_none_half_written()
    {
        var reported = new Dictionary<string, int>(StringComparer.Ordinal);
        // Three kills at different moments on the same file: each child starts on what the previous kill left.
        foreach (var commits in (int[])[250, 300, 350])
        {
            foreach (var (dossierId, revision) in await LoadChildProcess.RunUntilKilledAsync(workspace, commits))
                reported[dossierId] = Math.Max(revision, reported.GetValueOrDefault(dossierId));
            await AssertStoredRowsAgreeAsync(reported);
        }

        await using var engine = new ProcedureEngine(workspace.SqliteOptions(o => o.Watch = false));
        var driver = new Driver(engine, workspace);
        foreach (var dossierId in await UnfinishedAsync())
            await driver.FinishAsync((await engine.ReadAsync(dossierId))!);
        Assert.Empty(await UnfinishedAsync());
        await AssertStoredRowsAgreeAsync(reported);
    }

    /// <summary>
    /// Every reported transition is stored, and every stored dossier's journal, open task and timer rows are exactly
    /// what its instance says, with no rows of a dossier that is not stored.
    /// </summary>
    private async Task AssertStoredRowsAgreeAsync(IReadOnlyDictionary<string, int> reported)
    {
        await using var db = new EngineDb(EngineDatabase.Sqlite(workspace.ConnectionString));
        var rows = await db.Dossiers.AsNoTracking().ToDictionaryAsync(d => d.DossierId, StringComparer.Ordinal);
        var journal = (await db.Journal.AsNoTracking().ToListAsync()).ToLookup(j => j.DossierId, StringComparer.Ordinal);
        var bookmarks = (await db.Bookmarks.AsNoTracking().ToListAsync()).ToLookup(b => b.DossierId, StringComparer.Ordinal);
        var timers = (await db.Timers.AsNoTracking().ToListAsync()).ToLookup(t => t.DossierId, StringComparer.Ordinal);

        foreach (var (dossierId, revision) in reported)
            Assert.True(rows.TryGetValue(dossierId, out var row) && row.Revision >= revision,
                $"dossier {dossierId} was reported committed at revision {revision} but is stored at {row?.Revision.ToString() ?? "none"}");
        Assert.Empty(journal.Select(g => g.Key).Concat(bookmarks.Select(g => g.Key)).Concat(timers.Select(g => g.Key))
            .Where(dossierId => !rows.ContainsKey(dossierId)).Distinct());

        foreach (var (dossierId, row) in rows)
        {
            var instance = InstanceJson.Deserialize(row.InstanceJson, out var error);
            Assert.True(instance is not null, $"dossier {dossierId}: {error}");
            Assert.Equal(row.Revision, instance.Revision);
            Assert.Equal(
                instance.Journal.Select(e => (dossierId, e.Sequence, e.Event.ToString(), e.ActivityId, e.Outcome)),
                journal[dossierId].OrderBy(j => j.Sequence).Select(j => (dossierId, j.Sequence, j.Event, j.ActivityId, j.Outcome)));
            Assert.Equal(
                instance.Bookmarks.Select(b => (dossierId, b.Id, b.ActivityId, b.Kind.ToString())).OrderBy(b => b.Id, StringComparer.Ordinal),
                bookmarks[dossierId].Select(b => (dossierId, b.BookmarkId, b.ActivityId, b.Kind)).OrderBy(b => b.BookmarkId, StringComparer.Ordinal));
            Assert.Equal(
                EffectsOf.Timers(instance, calendar).Select(t => (t.TimerId, t.BookmarkId, t.DueAt, t.Purpose.ToString())).OrderBy(t => t.TimerId, StringComparer.Ordinal),
                timers[dossierId].Select(t => (t.TimerId, t.BookmarkId, t.DueAt, t.Purpose)).OrderBy(t => t.TimerId, StringComparer.Ordinal));
        }
    }

    private async Task<List<string>> UnfinishedAsync()
    {
        await using var db = new EngineDb(EngineDatabase.Sqlite(workspace.ConnectionString));
        return await db.Dossiers.Where(d => !d.Finished).Select(d => d.DossierId).ToListAsync();
    }

    public void Dispose() => workspace.Dispose();
}
