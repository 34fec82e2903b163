using Microsoft.EntityFrameworkCore;
using Procedures.Persistence;
using Procedures.Runtime.Messages;
using Procedures.Runtime.State;
using Procedures.Runtime.Stimuli;
using Procedures.Workflows.Activities;

namespace Procedures.Engine.Tests;

public sealed class DurableDossierTests : IDisposable
{
    private readonly Workspace workspace = new();

    [Fact]
    public async Task A_dossier_submitted_before_a_restart_is_read_and_finished_after_it()
    {
        StoredDossier submitted;
        await using (var first = new ProcedureEngine(workspace.SqliteOptions()))
        {
            var result = await first.SubmitAsync("1.001978", new Submission());
            Assert.True(result.Succeeded, result.Refusal?.ToString());
            submitted = await new Driver(first, workspace).StepAsync(result.Dossier!);
        }

        await using var second = new ProcedureEngine(workspace.SqliteOptions());
        var read = await second.ReadAsync(submitted.Instance.DossierId);
        Assert.NotNull(read);
        Assert.Equal(submitted.Revision, read.Revision);
        Assert.Equal(submitted.Instance.Journal, read.Instance.Journal);

        var finished = await new Driver(second, workspace).FinishAsync(read);
        await AssertStoredRowsMatch(finished);
    }

    [Fact]
    public async Task Dossier_numbers_are_given_at_the_receipt_from_the_agencys_daily_sequence_and_never_to_a_dossier_refused_there()
    {
        await using var engine = new ProcedureEngine(workspace.SqliteOptions());
        var refusedSubmission = await engine.SubmitAsync("1.001978", new Submission(Channel: Workflows.Facts.ChannelKind.OnlineFull));
        Assert.Equal((EngineStatus.Refused, "PRC5032"), (refusedSubmission.Status, refusedSubmission.Refusal!.Code));
        var dossiers = new List<StoredDossier>();
        for (var i = 0; i < 4; i++)
        {
            var submitted = (await engine.SubmitAsync("1.001978", new Submission())).Dossier!;
            Assert.Null(submitted.Instance.DossierNumber);
            dossiers.Add(submitted);
        }

        // Submitted Monday 2 March; received Tuesday 3 March: guidance, a refusal, a wrong outcome, and two receipts.
        workspace.Later(TimeSpan.FromDays(1));
        var guided = await ReceiveAsync(engine, dossiers[0], Ports.Incomplete);
        var refused = await ReceiveAsync(engine, dossiers[1], Ports.Refused);
        var wrong = await ReceiveAsync(engine, dossiers[2], "approve");
        var first = await ReceiveAsync(engine, dossiers[3], Ports.Received);
        var second = await ReceiveAsync(engine, dossiers[2], Ports.Received);

        Assert.Null(guided.Dossier!.Instance.DossierNumber);
        Assert.Null(refused.Dossier!.Instance.DossierNumber);
        Assert.True(refused.Dossier.Instance.IsFinished);
        Assert.Equal((EngineStatus.Refused, "PRC5014"), (wrong.Status, wrong.Refusal!.Code));
        Assert.Equal("000.19.30.H00-260303-0001", first.Dossier!.Instance.DossierNumber);
        Assert.Equal("000.19.30.H00-260303-0002", second.Dossier!.Instance.DossierNumber);
        Assert.Equal("000.19.30.H00-260303-0002", (await engine.ReadAsync(dossiers[2].Instance.DossierId))!.Instance.DossierNumber);
        await AssertStoredRowsMatch(second.Dossier);
    }

    private static Task<EngineResult> ReceiveAsync(ProcedureEngine engine, StoredDossier dossier, string outcome) =>
        engine.ActAsync(dossier.Instance.DossierId, new OfficerDecision("tiep-nhan", outcome), dossier.Revision);

    [Fact]
    public async Task Acting_on_a_revision_the_dossier_has_left_is_a_conflict_that_changes_nothing()
    {
        await using var engine = new ProcedureEngine(workspace.SqliteOptions());
        var submitted = (await engine.SubmitAsync("1.001978", new Submission())).Dossier!;
        var moved = await new Driver(engine, workspace).StepAsync(submitted);
        var bookmark = moved.Instance.Bookmarks[0];

        var stale = await engine.ActAsync(moved.Instance.DossierId, new BookmarkResumed(bookmark.Id, bookmark.AllowedOutcomes.FirstOrDefault()), submitted.Revision);

        Assert.Equal(EngineStatus.Conflict, stale.Status);
        Assert.Equal(moved.Revision, stale.Dossier!.Revision);
        Assert.Equal(
            $"dossier {moved.Instance.DossierId} is at revision {moved.Revision}, not {submitted.Revision}: read it again and decide on what it is now",
            stale.Message(MessageLanguage.English));
        Assert.Equal(moved.Instance.Journal, (await engine.ReadAsync(moved.Instance.DossierId))!.Instance.Journal);
    }

    [Fact]
    public async Task Unknown_procedures_and_dossiers_are_named_in_the_callers_language()
    {
        await using var engine = new ProcedureEngine(workspace.SqliteOptions());

        var noProcedure = await engine.SubmitAsync("9.999999", new Submission());
        var noDossier = await engine.ActAsync("HS-404", new ApplicantCompletion());

        Assert.Equal(EngineStatus.NotFound, noProcedure.Status);
        Assert.Equal("không có thủ tục 9.999999", noProcedure.Message(MessageLanguage.Vietnamese));
        Assert.Equal(EngineStatus.NotFound, noDossier.Status);
        Assert.Equal("there is no dossier HS-404", noDossier.Message(MessageLanguage.English));
    }

    [Fact]
    public async Task A_procedure_whose_file_never_compiled_says_so_with_its_error_count()
    {
        workspace.Replace(Fixtures.Unemployment, "within 15 working days", "within fifteen working days");
        await using var engine = new ProcedureEngine(workspace.SqliteOptions());

        var result = await engine.SubmitAsync("1.001978", new Submission());

        Assert.Equal(EngineStatus.NotFound, result.Status);
        Assert.Equal("PRC5061", result.Refusal!.Code);
        Assert.Equal("thủ tục 1.001978 chưa có phiên bản nào biên dịch không lỗi; tệp của thủ tục có 1 lỗi",
            result.Message(MessageLanguage.Vietnamese));
    }

    [Fact]
    public async Task An_abolished_procedure_refuses_new_dossiers_with_its_decision()
    {
        await using var engine = new ProcedureEngine(workspace.SqliteOptions());

        var result = await engine.SubmitAsync("2.001661", new Submission());

        Assert.Equal(EngineStatus.Refused, result.Status);
        Assert.Equal("PRC5004", result.Refusal!.Code);
        Assert.Equal("thủ tục 2.001661 đã bị bãi bỏ từ ngày 2025-07-01 (Luật Tổ chức chính quyền địa phương số 72/2025/QH15); không nhận hồ sơ mới",
            result.Message(MessageLanguage.Vietnamese));
    }

    [Fact]
    public async Task A_restart_publishes_no_new_version_of_unchanged_files()
    {
        await using (var first = new ProcedureEngine(workspace.SqliteOptions()))
            await first.StartAsync();
        await using var second = new ProcedureEngine(workspace.SqliteOptions());
        await second.StartAsync();

        Assert.All(second.Library.Codes, code => Assert.Equal([1], second.Library.Versions(code).Select(v => v.Version.Sequence)));
    }

    /// <summary>The journal, open task and timer rows are exactly what the stored instance says.</summary>
    async Task AssertStoredRowsMatch(StoredDossier dossier)
    {
        await using var db = new EngineDb(EngineDatabase.Sqlite(workspace.ConnectionString));
        var id = dossier.Instance.DossierId;
        Assert.Equal(
            dossier.Instance.Journal.Select(e => (e.Sequence, e.Event.ToString(), e.Outcome)),
            (await db.Journal.Where(j => j.DossierId == id).OrderBy(j => j.Sequence).ToListAsync()).Select(j => (j.Sequence, j.Event, j.Outcome)));
        Assert.Equal(dossier.Instance.Bookmarks.Select(b => b.Id).Order(), (await db.Bookmarks.Where(b => b.DossierId == id).Select(b => b.BookmarkId).ToListAsync()).Order());
        if (dossier.Instance.IsFinished)
            Assert.Empty(await db.Timers.Where(t => t.DossierId == id).ToListAsync());
    }

    public void Dispose() => workspace.Dispose();
}
