using Procedures.Host.Tests.Client;

namespace Procedures.Host.Tests;

public abstract class LifecycleTests(IHostDatabase database) : HostTest(database)
{
    [SkippableFact]
    public async Task A_dossier_goes_from_submission_to_returned_result_through_the_generated_client()
    {
        await using var host = await StartAsync();
        var life = new Lifecycle(host);

        var submitted = await life.SubmitAsync("first-try");
        Assert.Equal("Submitted", submitted.Status);
        Assert.Equal("Chờ tiếp nhận", submitted.StatusText);
        Assert.Null(submitted.Number); // numbered when the one-stop office receives it (Circular 01/2018 Art. 19)
        Assert.Equal(["request", "so-bhxh"], submitted.Checklist.Where(c => c.Supplied).Select(c => c.DocumentId));

        var inbox = await life.OneStop.GetInboxAsync(null);
        Assert.Equal(submitted.Id, Assert.Single(inbox).DossierId);

        var signing = await life.ToSigningAsync(submitted);
        Assert.Equal("trinh", Assert.Single(signing.CurrentSteps).ActivityId);
        Assert.Equal("000.19.30.H00-260302-0001", signing.Number);
        var returned = await life.FinishAsync(signing);

        Assert.Equal("Returned", returned.Status);
        Assert.Equal("Đã trả kết quả", returned.StatusText);
        Assert.NotNull(returned.FinishedAt);
        Assert.Equal("chờ ý kiến Sở Nội vụ", returned.Apology!.Reason);
        var read = await life.Applicant.GetDossierAsync(returned.Number);
        Assert.Equal(returned.Revision, read.Revision);
        // Circular 22/2019 Art. 4: the status after every step, in order.
        Assert.Equal(
            """
            Submitted: Chờ tiếp nhận
            StepCompleted tiep-nhan Received: Đã tiếp nhận
            StepCompleted tham-dinh insufficient: Chờ bổ sung
            ClockStopped tham-dinh--bo-sung: Chờ bổ sung
            DossierCompleted tham-dinh--bo-sung Completed: Đang xử lý
            ClockResumed tham-dinh--bo-sung: Đang xử lý
            StepCompleted tham-dinh sufficient: Đang lấy ý kiến
            AgencyReplied xac-nhan reply: Đang xử lý
            StepCompleted xac-nhan Done: Đang xử lý
            StepCompleted trinh Done: Đang xử lý
            Apologized: Đang xử lý
            StepCompleted quyet-dinh approve: Đang xử lý
            ResultReturned tra-ket-qua Done: Đã trả kết quả
            """,
            string.Join("\n", read.Timeline.Select(e => $"{string.Join(' ', new[] { e.Event, e.ActivityId, e.Event == "Submitted" ? null : e.Outcome }.Where(w => w is not null))}: {e.StatusText}")));
        // The return is recorded by the engine when the flow reaches the return step: at the one-stop office, against
        // the appointment the apology set; nothing is left to act on.
        var back = read.Timeline.Last();
        Assert.Equal(("Bộ phận Một cửa", returned.Apology.NewDueAt, returned.FinishedAt!.Value, "OnTime", "Đúng hạn"),
            (back.Unit, back.DueAt!.Value, back.DoneAt, back.Punctuality, back.PunctualityText));
        var after = await Assert.ThrowsAsync<ApiException<ApiProblem>>(() =>
            life.OneStop.CompleteStepAsync(read.Id, "tra-ket-qua", Lifecycle.Tag(read), new StepOutcomeRequest { Outcome = "Done" }));
        Assert.Equal((422, "PRC5010"), (after.StatusCode, after.Result.Code));
    }

    [SkippableFact]
    public async Task A_postal_dossier_is_filed_when_it_was_handed_to_the_post()
    {
        await using var host = await StartAsync();
        var life = new Lifecycle(host);
        var handedOver = new DateTimeOffset(2026, 2, 27, 15, 30, 0, TimeSpan.FromHours(7));
        var request = new SubmitRequest { Channel = Channel.Postal, SubmittedAt = handedOver, Documents = ["request"] };

        var dossier = await life.Applicant.SubmitDossierAsync(Agencies.Unemployment, "buu-chinh-1", request);

        Assert.Equal((Channel.Postal, handedOver), (dossier.Channel, dossier.SubmittedAt));
        var filed = Assert.Single(dossier.Timeline);
        Assert.Equal(("Submitted", handedOver, handedOver), (filed.Event, filed.ReceivedAt, filed.DoneAt));
        // A retry is the same dossier; the same key with another filing time is another request.
        Assert.Equal(dossier.Id, (await life.Applicant.SubmitDossierAsync(Agencies.Unemployment, "buu-chinh-1", request)).Id);
        var other = await Assert.ThrowsAsync<ApiException<ApiProblem>>(() => life.Applicant.SubmitDossierAsync(Agencies.Unemployment, "buu-chinh-1",
            new SubmitRequest { Channel = Channel.Postal, SubmittedAt = handedOver.AddHours(1), Documents = ["request"] }));
        Assert.Equal("urn:procedures:problem:idempotency-key-reused", other.Result.Type);
    }

    [SkippableFact]
    public async Task Every_text_is_English_when_the_caller_asks_for_it()
    {
        await using var host = await StartAsync();
        var english = host.As(Who.PortalOf(Lifecycle.Portal));
        english.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB,en;q=0.9,vi;q=0.5");
        var client = new ProceduresClient(english);

        var submitted = await client.SubmitDossierAsync(Agencies.Unemployment, null, new SubmitRequest());
        Assert.Equal("Awaiting receipt", submitted.StatusText);
        Assert.Equal("Receipt", submitted.CurrentSteps.Single().KindText);
        var refused = await Assert.ThrowsAsync<ApiException<ApiProblem>>(() => client.SubmitDossierAsync("9.999999", null, new SubmitRequest()));
        Assert.Equal("There is no such procedure", refused.Result.Title);
        Assert.Equal("there is no procedure 9.999999", refused.Result.Detail);
        Assert.Equal("PRC5060", refused.Result.Code);
    }
}

public sealed class LifecycleOnSqlite() : LifecycleTests(new SqliteDatabase());

[Collection(PostgresCollection.Name)]
public sealed class LifecycleOnPostgres(PostgresServer server) : LifecycleTests(new PostgresDatabase(server));
