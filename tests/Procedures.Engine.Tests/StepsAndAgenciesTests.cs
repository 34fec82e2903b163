using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using Procedures.Persistence;
using Procedures.Runtime;
using Procedures.Runtime.State;
using Procedures.Runtime.Stimuli;
using Procedures.Workflows.Activities;

namespace Procedures.Engine.Tests;

/// <summary>
/// The second edition's steps and agencies in the durable engine: deemed approval fired by the scheduler once and
/// cancelled by an officer who objects first, a dossier returned for amendment counted as returned, the receiving
/// office's code on the number, the executing agency chosen from the data, and dossiers an agency opens itself.
/// </summary>
public sealed class StepsAndAgenciesTests : IDisposable
{
    const string Registration = "1.999004";
    const string Intervention = "1.999005";

    readonly Workspace workspace = new();

    public StepsAndAgenciesTests()
    {
        File.WriteAllText(Path.Combine(workspace.Folder, "1.999004.proc"), """
            # language: vi
            thủ tục 1.999004 "Đăng ký nội quy lao động (thử)"
              lĩnh vực "Lao động - Tiền lương"
              cấp tỉnh, bộ
              cơ quan "Bộ Nội vụ" khi `PhạmVi == "liên tỉnh"`
              cơ quan "Sở Nội vụ" khi `PhạmVi == "trong tỉnh"`
              cơ quan tiếp nhận "Ủy ban nhân dân cấp xã"
              đối tượng thực hiện ĐT2
              căn cứ "45/2019/QH14" "Bộ luật Lao động" điều 119
              thời hạn 7 ngày làm việc
              cách thức trực tiếp trong 7 ngày làm việc phí 0
              kết quả "Nội quy lao động có hiệu lực"

            dữ liệu
              PhạmVi "Phạm vi hoạt động" một trong "trong tỉnh", "liên tỉnh", "nước ngoài"

            thành phần hồ sơ
              van-ban "Văn bản đề nghị đăng ký nội quy lao động" 1 bản chính

            trình tự
              tiếp nhận tiep-nhan "Tiếp nhận hồ sơ" do một cửa trong 0.5 ngày làm việc
              bước xem-xet "Xem xét nội quy lao động" do "Phòng Lao động - Việc làm" trong 5 ngày làm việc
                im lặng -> gui-bhxh
                trai-luat -> trả hồ sơ
              thông báo gui-bhxh "Gửi thông báo nội quy có hiệu lực" đến "Bảo hiểm xã hội tỉnh"
              trả kết quả tra-ket-qua "Trả kết quả" do một cửa
            """.Replace("\r\n", "\n") + "\n");
        File.WriteAllText(Path.Combine(workspace.Folder, "1.999005.proc"), """
            # language: vi
            thủ tục 1.999005 "Can thiệp khẩn cấp (thử)"
              lĩnh vực "Trẻ em"
              cấp xã
              cơ quan "Ủy ban nhân dân cấp xã"
              khởi xướng bởi cơ quan
              căn cứ "102/2016/QH13" "Luật Trẻ em"
              thời hạn 12 giờ
              kết quả "Quyết định can thiệp"

            thành phần hồ sơ
              ghi-chep "Biểu mẫu ghi chép thông tin" 1 bản chính

            trình tự
              bước ghi-chep "Ghi chép thông tin" do "Người làm công tác bảo vệ trẻ em cấp xã" trong 2 giờ
              bước quyet-dinh "Quyết định can thiệp" do "Chủ tịch Ủy ban nhân dân cấp xã" trong 4 giờ
              trả kết quả tra-ket-qua "Thông báo quyết định" do một cửa
            """.Replace("\r\n", "\n") + "\n");
    }

    static ImmutableSortedDictionary<string, JsonElement> Scope(string scope) =>
        ImmutableSortedDictionary<string, JsonElement>.Empty.Add("PhạmVi", JsonSerializer.SerializeToElement(scope));

    async Task<StoredDossier> ReceivedAsync(ProcedureEngine engine, string scope)
    {
        var submitted = await engine.SubmitAsync(Registration, new Submission(Data: Scope(scope)));
        Assert.True(submitted.Succeeded, submitted.Refusal?.ToString());
        var receipt = submitted.Dossier!.Instance.Bookmarks.Single();
        var received = await engine.ActAsync(submitted.Dossier.Instance.DossierId, new BookmarkResumed(receipt.Id, Ports.Received));
        Assert.True(received.Succeeded, received.Refusal?.ToString());
        return received.Dossier!;
    }

    [Fact]
    public async Task The_scheduler_takes_the_silence_outcome_once_when_the_period_passes_without_objection()
    {
        await using var engine = new ProcedureEngine(workspace.SqliteOptions());
        var dossier = await ReceivedAsync(engine, "trong tỉnh");
        var silence = dossier.Instance.Bookmarks.Single(b => b.Kind == BookmarkKind.Silence);

        workspace.Clock.Set(VietnamTime.ToInstant(silence.DueAt!.Value).ToDateTimeOffset().AddMinutes(-1));
        await engine.FireDueTimersAsync();
        Assert.Equal(dossier.Revision, (await engine.ReadAsync(dossier.Instance.DossierId))!.Revision);

        workspace.Clock.Set(VietnamTime.ToInstant(silence.DueAt!.Value).ToDateTimeOffset().AddMinutes(1));
        await engine.FireDueTimersAsync();
        await engine.FireDueTimersAsync();

        var after = (await engine.ReadAsync(dossier.Instance.DossierId))!;
        var taken = Assert.Single(after.Instance.Journal, e => e.ActivityId == "xem-xet" && e.Event == JournalEvent.StepCompleted);
        Assert.Equal((Ports.Silence, silence.DueAt!.Value), (taken.Outcome, taken.DoneAt));
        Assert.Single(after.Instance.Journal, e => e.Event == JournalEvent.NoticeSent && e.Note == "Bảo hiểm xã hội tỉnh" && e.Unit == "Sở Nội vụ");
        Assert.Equal(DossierStatus.Returned, after.Instance.Status);
        Assert.Equal(dossier.Revision + 1, after.Revision);
    }

    [Fact]
    public async Task An_officer_who_objects_first_cancels_the_silence_and_nothing_fires_at_the_end_of_the_period()
    {
        await using var engine = new ProcedureEngine(workspace.SqliteOptions());
        var dossier = await ReceivedAsync(engine, "trong tỉnh");
        var officer = dossier.Instance.Bookmarks.Single(b => b.Kind == BookmarkKind.OfficerDecision);
        var silence = dossier.Instance.Bookmarks.Single(b => b.Kind == BookmarkKind.Silence);

        workspace.Later(TimeSpan.FromDays(1));
        var objected = await engine.ActAsync(dossier.Instance.DossierId, new BookmarkResumed(officer.Id, "trai-luat", "trái Điều 127"), dossier.Revision);
        Assert.True(objected.Succeeded, objected.Refusal?.ToString());
        workspace.Clock.Set(VietnamTime.ToInstant(silence.DueAt!.Value).ToDateTimeOffset().AddDays(2));

        Assert.Equal(0, await engine.FireDueTimersAsync());
        var after = (await engine.ReadAsync(dossier.Instance.DossierId))!;
        Assert.Equal(objected.Dossier!.Revision, after.Revision);
        Assert.Equal(DossierStatus.ReturnedForAmendment, after.Instance.Status);
        Assert.DoesNotContain(after.Instance.Journal, e => e.Outcome == Ports.Silence);
    }

    [Fact]
    public async Task A_dossier_returned_for_amendment_counts_as_returned_in_the_statistics_of_the_agency_that_handled_it()
    {
        await using var engine = new ProcedureEngine(workspace.SqliteOptions());
        var dossier = await ReceivedAsync(engine, "liên tỉnh");
        var officer = dossier.Instance.Bookmarks.Single(b => b.Kind == BookmarkKind.OfficerDecision);
        workspace.Later(TimeSpan.FromHours(2));
        Assert.True((await engine.ActAsync(dossier.Instance.DossierId, new BookmarkResumed(officer.Id, "trai-luat"))).Succeeded);
        workspace.Later(TimeSpan.FromMinutes(1));
        var today = VietnamTime.Now(workspace.Clock).Date;

        var ministry = (await engine.StatisticsAsync(new StatisticsQuery(today, today) { AgencyCode = "000.00.00.G09" })).Value!;
        var commune = (await engine.StatisticsAsync(new StatisticsQuery(today, today) { AgencyCode = "000.01.00.X00" })).Value!;

        Assert.Equal((1, 1, 0, 0), (ministry.Total.Received, ministry.Total.Returned, ministry.Total.Resolved.Total, ministry.Total.InProgress.Total));
        Assert.Equal(0, commune.Total.ToHandle);
    }

    [Fact]
    public async Task The_number_carries_the_receiving_office_s_code_and_the_receipt_waits_in_its_inbox()
    {
        await using var engine = new ProcedureEngine(workspace.SqliteOptions());

        var first = (await engine.SubmitAsync(Registration, new Submission(Data: Scope("liên tỉnh")))).Dossier!;
        var second = (await engine.SubmitAsync(Registration, new Submission(Data: Scope("trong tỉnh")))).Dossier!;

        // Not numbered until the commune's one-stop office receives them (Circular 01/2018 Art. 19).
        Assert.Null(first.Instance.DossierNumber);
        Assert.Null(second.Instance.DossierNumber);
        Assert.Equal(("Bộ Nội vụ", "Sở Nội vụ"), (first.Instance.ExecutingAgency!.Name, second.Instance.ExecutingAgency!.Name));
        var inbox = await engine.InboxAsync("Ủy ban nhân dân cấp xã");
        Assert.Equal([("tiep-nhan", first.Instance.DossierId), ("tiep-nhan", second.Instance.DossierId)],
            inbox.Select(w => (w.ActivityId, w.DossierId)));

        // Received at the commune, second first: the commune's numbers in the order received, whichever agency decides;
        // the register (form 06) is the commune's and the department's has none of them.
        var numbers = new List<string?>();
        foreach (var dossier in new[] { second, first })
            numbers.Add((await engine.ActAsync(dossier.Instance.DossierId, new BookmarkResumed(dossier.Instance.Bookmarks.Single().Id, Ports.Received)))
                .Dossier!.Instance.DossierNumber);
        Assert.Equal<string?>(["000.01.00.X00-260302-0001", "000.01.00.X00-260302-0002"], numbers);
        var today = VietnamTime.Now(workspace.Clock).Date;
        var commune = (await engine.RegisterAsync("000.01.00.X00", today, today)).Value!;
        var department = (await engine.RegisterAsync("000.00.19.H00", today, today)).Value!;
        Assert.Equal(numbers, commune.Entries.Select(e => e.Instance.DossierNumber));
        Assert.Empty(department.Entries);
    }

    [Fact]
    public async Task A_dossier_no_agency_takes_is_refused_and_the_next_received_takes_the_first_number()
    {
        await using var engine = new ProcedureEngine(workspace.SqliteOptions());

        var refused = await engine.SubmitAsync(Registration, new Submission(Data: Scope("nước ngoài")));
        var next = await engine.SubmitAsync(Registration, new Submission(Data: Scope("trong tỉnh")));

        Assert.Equal((EngineStatus.Refused, "PRC5130"), (refused.Status, refused.Refusal!.Code));
        var dossier = next.Dossier!.Instance;
        var received = await engine.ActAsync(dossier.DossierId, new BookmarkResumed(dossier.Bookmarks.Single().Id, Ports.Received));
        Assert.Equal("000.01.00.X00-260302-0001", received.Dossier!.Instance.DossierNumber);
    }

    [Fact]
    public async Task A_procedure_the_agency_starts_itself_is_opened_by_its_officer_and_refuses_a_submission()
    {
        await using var engine = new ProcedureEngine(workspace.SqliteOptions());

        var submitted = await engine.SubmitAsync(Intervention, new Submission());
        var opened = await engine.SubmitAsync(Intervention, new Submission(OpenedBy: "Người làm công tác bảo vệ trẻ em cấp xã"));

        Assert.Equal((EngineStatus.Refused, "PRC5132"), (submitted.Status, submitted.Refusal!.Code));
        Assert.True(opened.Succeeded, opened.Refusal?.ToString());
        var instance = opened.Dossier!.Instance;
        Assert.Equal("000.01.00.X00-260302-0001", instance.DossierNumber);
        Assert.Equal((JournalEvent.Opened, DossierStatus.InProgress), (instance.Journal[0].Event, instance.Status));
        // 12 office hours from Monday 09:00: Tuesday 14:30.
        Assert.Equal(new LocalDateTime(2026, 3, 3, 14, 30), instance.DueAt);
        Assert.Equal("ghi-chep", Assert.Single(await engine.InboxAsync("Người làm công tác bảo vệ trẻ em cấp xã")).ActivityId);
    }

    public void Dispose() => workspace.Dispose();
}
