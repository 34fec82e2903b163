using Procedures.Persistence.Rows;
using Procedures.Runtime.Effects;
using Procedures.Runtime.State;

namespace Procedures.Persistence.Writing;

/// <summary>
/// The statements of a transition, in the column names <see cref="EngineDb"/> maps (a store test reads every row back
/// through the model). Each is one prepared command on the writer's connection.
/// </summary>
internal static class DossierSql
{
    private const string InsertDossier = """
        INSERT INTO dossiers (dossier_id, dossier_number, definition_id, definition_version, content_hash, status,
            executing_agency_code, channel, received_at, due_at, warn_at, finished_at, finished, revision, instance_json)
        VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13, @p14)
        """;

    private const string InsertJournal = """
        INSERT INTO journal (dossier_id, sequence, event, activity_id, step, unit, outcome, received_at, due_at, done_at,
            punctuality, status, note, appointment)
        VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13)
        """;

    private const string InsertBookmark = """
        INSERT INTO bookmarks (bookmark_id, dossier_id, activity_id, kind, step, unit, agency, started_at, due_at, warn_at)
        VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9)
        """;

    private const string DeleteBookmark = "DELETE FROM bookmarks WHERE bookmark_id = @p0";

    private const string InsertTimer = """
        INSERT INTO timers (timer_id, dossier_id, bookmark_id, due_at, purpose) VALUES (@p0, @p1, @p2, @p3, @p4)
        """;

    // The warning it raised, if any, goes with it (ON DELETE CASCADE).
    private const string DeleteTimer = "DELETE FROM timers WHERE timer_id = @p0";

    public const string Revision = "SELECT revision FROM dossiers WHERE dossier_id = @p0";

    // INSERT … ON CONFLICT … RETURNING: SQLite 3.35+ and PostgreSQL alike; the row stays locked until the commit.
    public const string NextNumber = """
        INSERT INTO dossier_numbers (agency_code, date, last) VALUES (@p0, @p1, 1)
        ON CONFLICT (agency_code, date) DO UPDATE SET last = dossier_numbers.last + 1
        RETURNING last
        """;

    // Gives back the number this transaction took last from the counter (its row is locked by it until the commit).
    private const string GiveBackNumber = """
        UPDATE dossier_numbers SET last = last - 1 WHERE agency_code = @p0 AND date = @p1
        """;

    /// <summary>The agency's next number of <paramref name="date"/>, the counter row locked until the commit.</summary>
    public static async Task<string> TakeNumberAsync(WriterSession session, string agency, NodaTime.LocalDate date)
    {
        var sequence = Convert.ToInt32(await session.ScalarAsync(NextNumber, agency, date), System.Globalization.CultureInfo.InvariantCulture);
        return Runtime.Numbering.DossierNumber.Format(agency, date, sequence);
    }

    /// <summary>Gives back the number <see cref="TakeNumberAsync"/> took last in this transaction for <paramref name="agency"/> and <paramref name="date"/>.</summary>
    public static Task<int> GiveBackNumberAsync(WriterSession session, string agency, NodaTime.LocalDate date) =>
        session.ExecuteAsync(GiveBackNumber, agency, date);

    public static Task<int> InsertAsync(WriterSession session, DossierRow r) => session.ExecuteAsync(InsertDossier,
        r.DossierId, r.DossierNumber, r.DefinitionId, r.DefinitionVersion, r.ContentHash, r.Status, r.ExecutingAgencyCode,
        r.Channel, r.ReceivedAt, r.DueAt, r.WarnAt, r.FinishedAt, r.Finished, r.Revision, r.InstanceJson);

    /// <summary>
    /// Updates the row from <paramref name="before"/> to <paramref name="after"/> when it is still at the revision the run
    /// started from: only the query columns that changed are written (so only their indexes are touched). Returns the
    /// rows it matched: 0 when the revision moved or the row is gone.
    /// </summary>
    public static Task<int> UpdateAsync(WriterSession session, DossierRow before, DossierRow after)
    {
        var set = new List<string>(9);
        var values = new List<object?>(11) { after.Revision, after.InstanceJson };
        void Changed(string column, object? was, object? now)
        {
            if (Equals(was, now)) return;
            values.Add(now);
            set.Add($"{column} = @p{values.Count - 1}");
        }
        Changed("dossier_number", before.DossierNumber, after.DossierNumber);
        Changed("status", before.Status, after.Status);
        Changed("received_at", before.ReceivedAt, after.ReceivedAt);
        Changed("due_at", before.DueAt, after.DueAt);
        Changed("warn_at", before.WarnAt, after.WarnAt);
        Changed("finished_at", before.FinishedAt, after.FinishedAt);
        Changed("finished", before.Finished, after.Finished);
        values.Add(after.DossierId);
        values.Add(before.Revision);
        var sql = $"UPDATE dossiers SET revision = @p0, instance_json = @p1{string.Concat(set.Select(s => ", " + s))} " +
            $"WHERE dossier_id = @p{values.Count - 2} AND revision = @p{values.Count - 1}";
        return session.ExecuteAsync(sql, [.. values]);
    }

    /// <summary>The journal lines after sequence <paramref name="after"/>: the journal is append-only.</summary>
    public static async Task AppendJournalAsync(WriterSession session, WorkflowInstance instance, int after)
    {
        foreach (var e in instance.Journal)
            if (e.Sequence > after)
                await session.ExecuteAsync(InsertJournal, instance.DossierId, e.Sequence, e.Event.ToString(), e.ActivityId, e.Step,
                    e.Unit, e.Outcome, e.ReceivedAt, e.DueAt, e.DoneAt, e.Punctuality.ToString(), e.Status.ToString(), e.Note, e.Appointment);
    }

    /// <summary>The rows of a run's effects: open tasks and timers created and removed.</summary>
    public static async Task ApplyEffectsAsync(WriterSession session, WorkflowInstance instance, IEnumerable<RunEffect> effects)
    {
        var dossierId = instance.DossierId;
        foreach (var effect in effects)
        {
            switch (effect)
            {
                case BookmarkCreated { Bookmark: var b }:
                    var step = instance.ActiveSteps.First(s => s.Bookmarks.Any(x => x.Id == b.Id));
                    await session.ExecuteAsync(InsertBookmark, b.Id, dossierId, b.ActivityId, b.Kind.ToString(), step.Title, step.Unit,
                        b.Agency, b.StartedAt, b.DueAt, b.WarnAt);
                    break;
                case BookmarkRemoved removed:
                    await session.ExecuteAsync(DeleteBookmark, removed.BookmarkId);
                    break;
                case TimerScheduled t:
                    await session.ExecuteAsync(InsertTimer, t.TimerId, dossierId, t.BookmarkId, t.DueAt, t.Purpose.ToString());
                    break;
                case TimerCancelled cancelled:
                    await session.ExecuteAsync(DeleteTimer, cancelled.TimerId);
                    break;
                case NoticeSent:
                    // The journal line written with the instance is the notice's record; a host delivers it from there.
                    break;
                default:
                    throw new NotSupportedException($"no row for the effect {effect.GetType().Name}");
            }
        }
    }

    public static async Task<bool> NumberTakenAsync(WriterSession session, string number) =>
        await session.ScalarAsync("SELECT 1 FROM dossiers WHERE dossier_number = @p0", number) is not null;

    public static async Task<int> RevisionAsync(WriterSession session, string dossierId) =>
        Convert.ToInt32(await session.ScalarAsync(Revision, dossierId) ?? 0, System.Globalization.CultureInfo.InvariantCulture);
}
