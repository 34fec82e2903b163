namespace Procedures.Cli.Tests;

/// <summary>
/// <c>procedures simulate</c> on the frozen fixtures: the whole timeline in both languages, each option, every error
/// with its exact message and exit code.
/// </summary>
public class SimulateCommandTests
{
    const string Unemployment = "viec-lam/1.001978.proc";          // English keywords
    const string Merit = "nguoi-co-cong/1.010772.proc";            // Vietnamese keywords
    const string Allowance = "bao-tro-xa-hoi/1.001776.proc";       // a public posting with complaints
    const string Abolished = "phong-chong-te-nan-xa-hoi/2.001661.proc";

    [Fact]
    public void A_Vietnamese_file_gives_a_Vietnamese_timeline_with_headers_one_row_per_hand_over_and_the_new_appointment_explained()
    {
        using var cli = new Cli();

        // Saturday night before Tết 2026 (16–20 Feb): received Monday 23 Feb at 07:30, numbered that day; the completion a
        // working day later moves the appointment by that day.
        var run = cli.Run("simulate", cli.CopyFixture(Merit), "--submitted", "2026-02-14T23:59", "--path", "Đã tiếp nhận,thieu-giay-to,du-dieu-kien");

        Assert.Equal("", run.Error);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("""
            Hồ sơ 000.00.19.H00-260223-0001 · 1.010772 phiên bản 1
            Nộp 2026-02-14T23:59 · tiếp nhận 2026-02-23T07:30 · hẹn trả 2026-05-21T17:00 · Đã trả kết quả
            STT | Bước | Người xử lý | Nhận | Hạn | Xong | Kết quả | Đúng/trễ hạn | Trạng thái sau bước | Ghi chú
             1 | Nộp hồ sơ | Sở Nội vụ | 2026-02-14T23:59 | — | 2026-02-14T23:59 |  |  | Chờ tiếp nhận
             2 | Tiếp nhận hồ sơ | Bộ phận Một cửa | 2026-02-14T23:59 | 2026-02-23T11:30 | 2026-02-23T07:30 | đã tiếp nhận | đúng hạn | Đã tiếp nhận | số hồ sơ 000.00.19.H00-260223-0001; hẹn trả kết quả 2026-05-20T17:00
             3 | Kiểm tra, thẩm định hồ sơ | Phòng Người có công | 2026-02-23T07:30 | 2026-03-20T11:30 | 2026-02-23T07:30 | thieu-giay-to | đúng hạn | Chờ bổ sung | yêu cầu bổ sung, hoàn thiện hồ sơ (mẫu 02)
             4 | Tạm dừng tính thời hạn | Người nộp hồ sơ | 2026-02-23T07:30 | — | 2026-02-23T07:30 |  |  | Chờ bổ sung | chờ Người nộp hồ sơ; hẹn trả kết quả 2026-05-20T17:00 tạm dừng
             5 | Yêu cầu bổ sung, hoàn thiện hồ sơ (Kiểm tra, thẩm định hồ sơ) | Người nộp hồ sơ | 2026-02-23T07:30 | — | 2026-02-24T07:30 | đã bổ sung |  | Đang xử lý | hồ sơ đã bổ sung đầy đủ; thời gian bổ sung không tính vào thời hạn
             6 | Tiếp tục tính thời hạn | Sở Nội vụ | 2026-02-24T07:30 | — | 2026-02-24T07:30 |  |  | Đang xử lý | 1 ngày làm việc chờ không tính vào thời hạn; hẹn trả kết quả 2026-05-21T17:00
             7 | Kiểm tra, thẩm định hồ sơ | Phòng Người có công | 2026-02-24T07:30 | 2026-03-23T11:30 | 2026-02-24T07:30 | du-dieu-kien | đúng hạn | Đang xử lý
             8 | Chủ tịch Ủy ban nhân dân tỉnh có văn bản đề nghị | Chủ tịch Ủy ban nhân dân tỉnh | 2026-02-24T07:30 | 2026-03-09T17:00 | 2026-02-24T07:30 | xong | đúng hạn | Đã chuyển cấp trên
             9 | Chuyển Bộ Nội vụ thẩm định, trình Thủ tướng Chính phủ cấp Bằng | Bộ Nội vụ | 2026-02-24T07:30 | 2026-04-06T17:00 | 2026-02-24T07:30 | đã trả lời | đúng hạn | Đang xử lý
            10 | Trả Bằng "Tổ quốc ghi công" cho thân nhân | Bộ phận Một cửa | 2026-02-24T07:30 | 2026-05-21T17:00 | 2026-02-24T07:30 | xong | đúng hạn | Đã trả kết quả
            Mọi bước đúng hạn

            """, run.Output);
    }

    [Fact]
    public void Lang_en_prints_the_same_timeline_in_English()
    {
        using var cli = new Cli();

        var run = cli.Run("simulate", cli.CopyFixture(Merit), "--submitted", "2026-02-14T23:59", "--path", "received,thieu-giay-to,du-dieu-kien", "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("""
            Dossier 000.00.19.H00-260223-0001 · 1.010772 version 1
            Submitted 2026-02-14T23:59 · received 2026-02-23T07:30 · appointment 2026-05-21T17:00 · result returned
            No. | Step | Handled by | Received | Due | Done | Outcome | On time | Status after | Note
             1 | Dossier submitted | Sở Nội vụ | 2026-02-14T23:59 | — | 2026-02-14T23:59 |  |  | awaiting receipt
             2 | Tiếp nhận hồ sơ | Bộ phận Một cửa | 2026-02-14T23:59 | 2026-02-23T11:30 | 2026-02-23T07:30 | received | on time | received | dossier number 000.00.19.H00-260223-0001; appointment 2026-05-20T17:00
             3 | Kiểm tra, thẩm định hồ sơ | Phòng Người có công | 2026-02-23T07:30 | 2026-03-20T11:30 | 2026-02-23T07:30 | thieu-giay-to | on time | awaiting completion | request to complete the dossier (form 02)
             4 | Clock stopped | Người nộp hồ sơ | 2026-02-23T07:30 | — | 2026-02-23T07:30 |  |  | awaiting completion | waiting on Người nộp hồ sơ; appointment 2026-05-20T17:00 suspended
             5 | Yêu cầu bổ sung, hoàn thiện hồ sơ (Kiểm tra, thẩm định hồ sơ) | Applicant | 2026-02-23T07:30 | — | 2026-02-24T07:30 | completed |  | in progress | dossier complete; the time spent completing it does not count against the deadline
             6 | Clock resumed | Sở Nội vụ | 2026-02-24T07:30 | — | 2026-02-24T07:30 |  |  | in progress | 1 working day of waiting not counted; appointment 2026-05-21T17:00
             7 | Kiểm tra, thẩm định hồ sơ | Phòng Người có công | 2026-02-24T07:30 | 2026-03-23T11:30 | 2026-02-24T07:30 | du-dieu-kien | on time | in progress
             8 | Chủ tịch Ủy ban nhân dân tỉnh có văn bản đề nghị | Chủ tịch Ủy ban nhân dân tỉnh | 2026-02-24T07:30 | 2026-03-09T17:00 | 2026-02-24T07:30 | done | on time | forwarded to a higher level
             9 | Chuyển Bộ Nội vụ thẩm định, trình Thủ tướng Chính phủ cấp Bằng | Bộ Nội vụ | 2026-02-24T07:30 | 2026-04-06T17:00 | 2026-02-24T07:30 | replied | on time | in progress
            10 | Trả Bằng "Tổ quốc ghi công" cho thân nhân | Bộ phận Một cửa | 2026-02-24T07:30 | 2026-05-21T17:00 | 2026-02-24T07:30 | done | on time | result returned
            Every step on time

            """, run.Output);
    }

    [Fact]
    public void An_English_file_prints_English_and_the_signing_row_is_not_yet_returned()
    {
        using var cli = new Cli();

        // Thursday 12 Feb 2026 at 16:00, after the 15:00 hand-over: the unit takes it up Friday morning (Decree 61/2018 Art. 18).
        var run = cli.Run("simulate", cli.CopyFixture(Unemployment), "--submitted", "2026-02-12T16:00");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("""
            Dossier 000.19.30.H00-260212-0001 · 1.001978 version 1
            Submitted 2026-02-12T16:00 · received 2026-02-12T16:00 · appointment 2026-03-19T17:00 · result returned
            No. | Step | Handled by | Received | Due | Done | Outcome | On time | Status after | Note
             1 | Dossier submitted | Trung tâm Dịch vụ việc làm | 2026-02-12T16:00 | — | 2026-02-12T16:00 |  |  | awaiting receipt
             2 | Tiếp nhận hồ sơ | Bộ phận Một cửa | 2026-02-12T16:00 | 2026-02-13T11:30 | 2026-02-12T16:00 | received | on time | received | dossier number 000.19.30.H00-260212-0001; appointment 2026-03-19T17:00
             3 | Thẩm định hồ sơ | Phòng Bảo hiểm thất nghiệp | 2026-02-12T16:00 | 2026-03-12T17:00 | 2026-02-13T07:30 | sufficient | on time | consulting agencies
             4 | Xác nhận quá trình đóng bảo hiểm thất nghiệp | Bảo hiểm xã hội tỉnh | 2026-02-13T07:30 | 2026-02-23T17:00 | 2026-02-13T07:30 | replied | on time | in progress
             5 | Trình ký quyết định | Giám đốc Trung tâm Dịch vụ việc làm | 2026-02-13T07:30 | 2026-02-13T17:00 | 2026-02-13T07:30 | done | on time | in progress
             6 | Ký quyết định hưởng trợ cấp thất nghiệp | Lãnh đạo Sở Nội vụ | 2026-02-13T07:30 | 2026-02-23T11:30 | 2026-02-13T07:30 | approve | on time | in progress
             7 | Trả kết quả | Bộ phận Một cửa | 2026-02-13T07:30 | 2026-03-19T17:00 | 2026-02-13T07:30 | done | on time | result returned
            Every step on time

            """, run.Output);
    }

    [Fact]
    public void A_Vietnamese_timeline_has_no_engine_words()
    {
        using var cli = new Cli();

        var run = cli.Run("simulate", cli.CopyFixture(Unemployment), "--submitted", "2026-02-12T16:00", "--lang", "vi");

        Assert.Equal(0, run.ExitCode);
        foreach (var word in new[] { "Received", "Done", "reply", "True", "False", "Completed", "Complaint" })
            Assert.DoesNotContain(word, run.Output);
        Assert.Contains(" 4 | Xác nhận quá trình đóng bảo hiểm thất nghiệp | Bảo hiểm xã hội tỉnh | 2026-02-13T07:30 | 2026-02-23T17:00 | 2026-02-13T07:30 | đã trả lời | đúng hạn | Đang xử lý\n", run.Output);
        Assert.Contains(" 6 | Ký quyết định hưởng trợ cấp thất nghiệp | Lãnh đạo Sở Nội vụ | 2026-02-13T07:30 | 2026-02-23T11:30 | 2026-02-13T07:30 | approve | đúng hạn | Đang xử lý\n", run.Output);
    }

    [Theory]
    [InlineData("tiếp nhận,eligible,khiếu nại,dismissed")]
    [InlineData("Đã tiếp nhận,eligible,KHIẾU NẠI,dismissed")]
    [InlineData("tiep nhan,Eligible,khieu nai,dismissed")]
    [InlineData("Received,eligible,complaint,dismissed")]
    public void Path_words_are_the_file_s_outcome_ids_and_the_built_in_outcomes_in_both_languages(string path)
    {
        using var cli = new Cli();

        var run = cli.Run("simulate", cli.CopyFixture(Allowance), "--submitted", "2026-03-02T09:00", "--path", path, "--lang", "vi");

        Assert.Equal("", run.Error);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(" | khiếu nại | đúng hạn | Đang xử lý | có khiếu nại\n", run.Output);
        Assert.Contains(" | dismissed | đúng hạn | Đang niêm yết\n", run.Output);
        Assert.Contains(" | xong | đúng hạn | Đang xử lý | hết thời gian niêm yết, không có khiếu nại\n", run.Output);
    }

    [Fact]
    public void A_receipt_can_ask_for_completion_in_Vietnamese_words()
    {
        using var cli = new Cli();

        var run = cli.Run("simulate", cli.CopyFixture(Merit), "--submitted", "2026-03-02T09:00", "--path", "chưa đầy đủ,đã tiếp nhận");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(" 2 | Tiếp nhận hồ sơ | Bộ phận Một cửa | 2026-03-02T09:00 | 2026-03-02T17:00 | 2026-03-02T09:00 | yêu cầu bổ sung | đúng hạn | Chờ bổ sung | hướng dẫn bổ sung, hoàn thiện hồ sơ một lần (mẫu 02); chưa cấp số, chưa tính thời hạn\n", run.Output);
        Assert.Contains("| Người nộp hồ sơ | 2026-03-02T09:00 | — | 2026-03-03T09:00 | đã bổ sung |  | Chờ tiếp nhận | hồ sơ đã bổ sung, nộp lại để tiếp nhận\n", run.Output);
        // Numbered on the day it is received complete, not the day of the guidance (Circular 01/2018 Art. 19).
        Assert.StartsWith("Hồ sơ 000.00.19.H00-260303-0001 · 1.010772 phiên bản 1\n", run.Output);
        Assert.Contains(" 4 | Tiếp nhận hồ sơ | Bộ phận Một cửa | 2026-03-03T09:00 | 2026-03-03T17:00 | 2026-03-03T09:00 | đã tiếp nhận | đúng hạn | Đã tiếp nhận | số hồ sơ 000.00.19.H00-260303-0001; hẹn trả kết quả 2026-05-29T11:30\n", run.Output);
    }

    [Fact]
    public void A_dossier_refused_at_receipt_has_no_number_and_a_second_request_of_one_agency_stops_the_run()
    {
        using var cli = new Cli();

        var refused = cli.Run("simulate", cli.CopyFixture(Merit), "--submitted", "2026-03-02T09:00", "--path", "từ chối");
        var twice = cli.Run("simulate", cli.CopyFixture(Unemployment), "--submitted", "2026-03-02T09:00", "--path", "Received,insufficient,insufficient");

        Assert.Equal(0, refused.ExitCode);
        Assert.StartsWith("Hồ sơ chưa cấp số · 1.010772 phiên bản 1\nNộp 2026-03-02T09:00 · tiếp nhận — · hẹn trả — · Từ chối\n", refused.Output);
        Assert.Equal(1, twice.ExitCode);
        Assert.Contains(" | insufficient | on time | awaiting completion | request to complete the dossier (form 02)\n", twice.Output);
        Assert.Contains(" 4 | Clock stopped | Người nộp hồ sơ | 2026-03-02T09:00 | — | 2026-03-02T09:00 |  |  | awaiting completion | waiting on Người nộp hồ sơ; appointment 2026-03-30T11:30 suspended\n", twice.Output);
        Assert.Contains(" 6 | Clock resumed | Trung tâm Dịch vụ việc làm | 2026-03-03T09:00 | — | 2026-03-03T09:00 |  |  | in progress | 1 working day of waiting not counted; appointment 2026-03-31T11:30\n", twice.Output);
        Assert.Equal("procedures: error PRC5120: Trung tâm Dịch vụ việc làm already asked for this dossier to be completed on 2026-03-02; during processing an agency asks once only (Decree 61/2018/NĐ-CP Art. 19 as amended by Decree 107/2021/NĐ-CP): decide on the dossier as it is\n",
            twice.Error);
    }

    [Fact]
    public void A_path_word_that_matches_nothing_names_the_step_and_the_choices_in_the_file_s_language()
    {
        using var cli = new Cli();

        var vi = cli.Run("simulate", cli.CopyFixture(Merit), "--submitted", "2026-03-02T09:00", "--path", "tiếp nhận,đồng ý");
        var en = cli.Run("simulate", cli.CopyFixture(Unemployment), "--submitted", "2026-03-02T09:00", "--path", "có");

        Assert.Equal(1, vi.ExitCode);
        Assert.Equal("procedures: lỗi PRC5102: \"đồng ý\" không phải kết quả của bước \"Kiểm tra, thẩm định hồ sơ\"; chọn một trong: du-dieu-kien, thieu-giay-to, khong-du-dieu-kien\n", vi.Error);
        Assert.Equal(1, en.ExitCode);
        Assert.Equal("procedures: error PRC5102: \"có\" is not an outcome of \"Tiếp nhận hồ sơ\"; choose from: received, request completion, refuse\n", en.Error);
    }

    [Fact]
    public void Late_makes_an_agency_reply_after_its_due_and_says_so_on_its_row_and_in_the_summary()
    {
        using var cli = new Cli();

        var run = cli.Run("simulate", cli.CopyFixture(Unemployment), "--submitted", "2026-03-02T09:00", "--late", "Bảo hiểm xã hội tỉnh=2", "--lang", "vi");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(" 4 | Xác nhận quá trình đóng bảo hiểm thất nghiệp | Bảo hiểm xã hội tỉnh | 2026-03-02T09:00 | 2026-03-04T11:30 | 2026-03-06T11:30 | đã trả lời | trễ hạn | Đang xử lý\n", run.Output);
        Assert.EndsWith("Trễ hạn: 1 bước (Xác nhận quá trình đóng bảo hiểm thất nghiệp — Bảo hiểm xã hội tỉnh)\n", run.Output);
    }

    [Fact]
    public void Late_without_days_is_one_working_day_late()
    {
        using var cli = new Cli();

        var run = cli.Run("simulate", cli.CopyFixture(Unemployment), "--submitted", "2026-03-02T09:00", "--late", "tham-dinh");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(" 3 | Thẩm định hồ sơ | Phòng Bảo hiểm thất nghiệp | 2026-03-02T09:00 | 2026-03-23T11:30 | 2026-03-24T11:30 | sufficient | late | consulting agencies\n", run.Output);
    }

    [Fact]
    public void An_apology_goes_out_one_working_day_before_the_appointment_with_the_new_date()
    {
        using var cli = new Cli();

        var run = cli.Run("simulate", cli.CopyFixture(Unemployment), "--submitted", "2026-03-02T09:00",
            "--late", "tham-dinh=20", "--apology", "2026-04-24:chờ xác nhận của Bảo hiểm xã hội", "--lang", "vi");

        Assert.Equal("", run.Error);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Nộp 2026-03-02T09:00 · tiếp nhận 2026-03-02T09:00 · hẹn trả 2026-04-24T17:00 · Đã trả kết quả\n", run.Output);
        Assert.Contains(" 3 | Xin lỗi và hẹn lại ngày trả kết quả | Trung tâm Dịch vụ việc làm | 2026-03-27T11:30 | 2026-03-30T11:30 | 2026-03-27T11:30 |  | đúng hạn | Đang xử lý | hẹn lại 2026-04-24T17:00 (hẹn cũ 2026-03-30T11:30): chờ xác nhận của Bảo hiểm xã hội\n", run.Output);
        Assert.EndsWith("Trễ hạn: 1 bước (Thẩm định hồ sơ — Phòng Bảo hiểm thất nghiệp)\n", run.Output);
    }

    [Fact]
    public void A_second_apology_is_refused_as_Decree_61_allows_one_new_date()
    {
        using var cli = new Cli();

        var run = cli.Run("simulate", cli.CopyFixture(Merit), "--submitted", "2026-03-02T09:00",
            "--late", "chuyen-bo=40", "--apology", "2026-07-01", "--apology", "2026-07-15");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("| Xin lỗi và hẹn lại ngày trả kết quả | Sở Nội vụ |", run.Output);
        Assert.Contains("hồ sơ cần thêm thời gian xử lý", run.Output);
        Assert.Equal("procedures: lỗi PRC5021: ngày hẹn đã được hẹn lại một lần (đến 2026-07-01 17:00); Nghị định 61/2018 Điều 19 chỉ cho hẹn lại một lần\n", run.Error);
    }

    [Fact]
    public void An_apology_that_was_never_needed_is_reported()
    {
        using var cli = new Cli();

        var run = cli.Run("simulate", cli.CopyFixture(Unemployment), "--submitted", "2026-03-02T09:00", "--apology", "2026-04-24");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("procedures: error PRC5106: no apology was sent: the dossier finished at 2026-03-02 09:00, before the day the apology is due (2026-03-27 11:30, one working day before the appointment 2026-03-30 11:30)\n", run.Error);
    }

    [Theory]
    [InlineData("bưu chính", "Nộp 2026-03-02T09:00 · bưu chính · tiếp nhận")]
    [InlineData("postal", "Nộp 2026-03-02T09:00 · bưu chính · tiếp nhận")]
    [InlineData("trực tiếp", "Nộp 2026-03-02T09:00 · trực tiếp · tiếp nhận")]
    public void Channel_takes_the_English_and_Vietnamese_words(string channel, string expected)
    {
        using var cli = new Cli();

        var run = cli.Run("simulate", cli.CopyFixture(Merit), "--submitted", "2026-03-02T09:00", "--channel", channel);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(expected, run.Output);
    }

    [Fact]
    public void A_channel_the_procedure_does_not_offer_is_refused()
    {
        using var cli = new Cli();

        var run = cli.Run("simulate", cli.CopyFixture(Merit), "--submitted", "2026-03-02T09:00", "--channel", "trực tuyến");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Equal("procedures: lỗi PRC5032: thủ tục 1.010772 không nhận hồ sơ qua cách thức online-partial; chỉ nhận: in-person, postal\n", run.Error);
    }

    [Fact]
    public void An_abolished_procedure_refuses_the_dossier_in_the_file_s_language()
    {
        using var cli = new Cli();

        var run = cli.Run("simulate", cli.CopyFixture(Abolished), "--submitted", "2025-07-02T09:00");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.StartsWith("procedures: error PRC5004: procedure 2.001661 was abolished on 2025-07-01", run.Error);
    }

    [Fact]
    public void The_same_command_gives_the_same_dates_from_any_working_folder()
    {
        using var cli = new Cli();
        var file = Path.Combine(cli.Folder, cli.CopyFixture(Unemployment));
        var elsewhere = Directory.CreateTempSubdirectory("procedures-elsewhere-").FullName;
        try
        {
            var here = cli.Run("simulate", file, "--submitted", "2025-04-29T09:00");
            var there = cli.RunIn(elsewhere, "simulate", file, "--submitted", "2025-04-29T09:00");

            Assert.Equal(0, here.ExitCode);
            Assert.Equal(here, there);
            // 30 April and 1 May are holidays and 2 May 2025 a swapped day off (the fixture's 2025.txt).
            Assert.Contains("| Tiếp nhận hồ sơ | Bộ phận Một cửa | 2025-04-29T09:00 | 2025-04-29T17:00 |", here.Output);
            // 20 working days from that afternoon: the 40th session is the morning of Friday 30 May.
            Assert.Contains("appointment 2025-05-30T11:30", here.Output);
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    [Fact]
    public void Without_calendar_data_beside_or_above_the_file_simulate_fails_with_exit_code_2()
    {
        using var cli = new Cli();
        var lonely = Directory.CreateTempSubdirectory("procedures-lonely-").FullName;
        try
        {
            var file = CopyWithoutCalendar(lonely);

            var run = cli.RunIn(lonely, "simulate", file, "--submitted", "2026-03-02T09:00");

            Assert.Equal(2, run.ExitCode);
            Assert.Equal("", run.Output);
            Assert.Equal($"procedures: error: no calendar data: no \"calendar/\" folder in {Path.Combine(lonely, "viec-lam")} or any folder above it; name one with --data <dir>\n", run.Error);
        }
        finally
        {
            Directory.Delete(lonely, recursive: true);
        }
    }

    [Fact]
    public void Data_names_the_calendar_folder_explicitly()
    {
        using var cli = new Cli();
        var lonely = Directory.CreateTempSubdirectory("procedures-lonely-").FullName;
        try
        {
            var file = CopyWithoutCalendar(lonely);

            var run = cli.RunIn(lonely, "simulate", file, "--submitted", "2026-02-12T16:00", "--calendar", Path.Combine(Cli.Fixtures, "calendar"));
            var missing = cli.Run("simulate", cli.CopyFixture(Unemployment), "--submitted", "2026-02-12T16:00", "--calendar", "nowhere");

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("appointment 2026-03-19T17:00", run.Output);
            Assert.Equal(2, missing.ExitCode);
            Assert.Equal("procedures: error: the calendar data folder \"nowhere\" does not exist\n", missing.Error);
        }
        finally
        {
            Directory.Delete(lonely, recursive: true);
        }
    }

    [Fact]
    public void Without_calendar_data_a_Vietnamese_file_is_told_in_Vietnamese()
    {
        using var cli = new Cli();
        var lonely = Directory.CreateTempSubdirectory("procedures-lonely-").FullName;
        try
        {
            CopyWithoutCalendar(lonely);
            Directory.CreateDirectory(Path.Combine(lonely, "nguoi-co-cong"));
            File.Copy(Path.Combine(Cli.Fixtures, Merit), Path.Combine(lonely, Merit));

            var vi = cli.RunIn(lonely, "simulate", Merit, "--submitted", "2026-03-02T09:00");
            var en = cli.RunIn(lonely, "simulate", Merit, "--submitted", "2026-03-02T09:00", "--lang", "en");

            Assert.Equal(new CliRun(2, "",
                $"procedures: lỗi: không có dữ liệu lịch: không thấy thư mục \"calendar/\" trong {Path.Combine(lonely, "nguoi-co-cong")} hay thư mục nào bên trên; chỉ rõ thư mục bằng --data <thư-mục>\n"), vi);
            Assert.Equal(new CliRun(2, "",
                $"procedures: error: no calendar data: no \"calendar/\" folder in {Path.Combine(lonely, "nguoi-co-cong")} or any folder above it; name one with --data <dir>\n"), en);
        }
        finally
        {
            Directory.Delete(lonely, recursive: true);
        }
    }

    /// <summary>The unemployment procedure and the catalogues in <paramref name="folder"/>, with no calendar data anywhere above.</summary>
    static string CopyWithoutCalendar(string folder)
    {
        Directory.CreateDirectory(Path.Combine(folder, "viec-lam"));
        Directory.CreateDirectory(Path.Combine(folder, "catalogue"));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Cli.Fixtures, "catalogue")))
            File.Copy(file, Path.Combine(folder, "catalogue", Path.GetFileName(file)));
        File.Copy(Path.Combine(Cli.Fixtures, Unemployment), Path.Combine(folder, Unemployment));
        return Unemployment;
    }

    [Theory]
    [InlineData(new[] { "--submitted", "12/02/2026" }, "--submitted \"12/02/2026\" is not a date-time; write it as 2026-03-02T09:00")]
    [InlineData(new string[0], "--submitted is required, e.g. --submitted 2026-03-02T09:00")]
    [InlineData(new[] { "--submitted" }, "--submitted needs a value; see procedures simulate --help")]
    [InlineData(new[] { "--submitted", "2026-03-02T09:00", "--frobnicate", "x" }, "unknown option \"--frobnicate\"; see \"procedures simulate --help\"")]
    [InlineData(new[] { "--submitted", "2026-03-02T09:00", "--lang", "fr" }, "--lang \"fr\" is not a language; use en or vi")]
    [InlineData(new[] { "--submitted", "2026-03-02T09:00", "--channel", "fax" }, "--channel \"fax\" is not a channel; use in-person, postal or online (trực tiếp, bưu chính, trực tuyến)")]
    [InlineData(new[] { "--submitted", "2026-03-02T09:00", "--late", "tham-dinh=soon" }, "--late \"tham-dinh=soon\" is not a step or agency with a number of working days; write it as tham-dinh=2 or \"Bảo hiểm xã hội tỉnh\"=0.5")]
    [InlineData(new[] { "--submitted", "2026-03-02T09:00", "--late" }, "--late needs a value; see procedures simulate --help")]
    [InlineData(new[] { "--submitted", "2026-03-02T09:00", "--apology", "next week" }, "--apology \"next week\" does not start with a new date; write it as 2026-04-10 or 2026-04-10:reason")]
    public void Bad_arguments_are_one_line_and_exit_code_2(string[] options, string message)
    {
        using var cli = new Cli();

        var run = cli.Run(["simulate", cli.CopyFixture(Unemployment), .. options]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Equal($"procedures: error: {message}\n", run.Error);
    }

    [Theory]
    [InlineData(new[] { "--submitted", "12/02/2026" }, "--submitted \"12/02/2026\" không phải ngày giờ; viết theo dạng 2026-03-02T09:00")]
    [InlineData(new string[0], "thiếu --submitted (thời điểm nộp hồ sơ), ví dụ --submitted 2026-03-02T09:00")]
    [InlineData(new[] { "--submitted" }, "--submitted cần một giá trị; xem procedures simulate --help")]
    [InlineData(new[] { "--submitted", "2026-03-02T09:00", "--frobnicate", "x" }, "không có tùy chọn \"--frobnicate\"; xem \"procedures simulate --help\"")]
    [InlineData(new[] { "--submitted", "2026-03-02T09:00", "--lang", "fr" }, "--lang \"fr\" không phải ngôn ngữ; dùng en hoặc vi")]
    [InlineData(new[] { "--submitted", "2026-03-02T09:00", "--channel", "fax" }, "--channel \"fax\" không phải cách thức nộp hồ sơ; dùng trực tiếp, bưu chính hoặc trực tuyến (in-person, postal, online)")]
    [InlineData(new[] { "--submitted", "2026-03-02T09:00", "--late", "tham-dinh=soon" }, "--late \"tham-dinh=soon\" không phải bước hay cơ quan kèm số ngày làm việc; viết như tham-dinh=2 hoặc \"Bảo hiểm xã hội tỉnh\"=0.5")]
    [InlineData(new[] { "--submitted", "2026-03-02T09:00", "--apology", "tuần sau" }, "--apology \"tuần sau\" không bắt đầu bằng ngày hẹn mới; viết như 2026-04-10 hoặc 2026-04-10:lý do")]
    public void Bad_arguments_for_a_Vietnamese_file_are_one_Vietnamese_line(string[] options, string message)
    {
        using var cli = new Cli();

        var run = cli.Run(["simulate", cli.CopyFixture(Merit), .. options]);

        Assert.Equal(new CliRun(2, "", $"procedures: lỗi: {message}\n"), run);
    }

    [Fact]
    public void Lang_chooses_the_language_of_the_argument_errors()
    {
        using var cli = new Cli();

        var run = cli.Run("simulate", cli.CopyFixture(Merit), "--submitted", "soon", "--lang", "en");

        Assert.Equal(new CliRun(2, "", "procedures: error: --submitted \"soon\" is not a date-time; write it as 2026-03-02T09:00\n"), run);
    }

    [Fact]
    public void An_unknown_option_before_the_file_is_an_unknown_option()
    {
        using var cli = new Cli();

        var run = cli.Run("simulate", "--frob", cli.CopyFixture(Merit), "--submitted", "2026-03-02T09:00");

        Assert.Equal(new CliRun(2, "", "procedures: lỗi: không có tùy chọn \"--frob\"; xem \"procedures simulate --help\"\n"), run);
    }

    [Fact]
    public void No_file_or_two_files_are_exit_code_2()
    {
        using var cli = new Cli();

        var none = cli.Run("simulate", "--submitted", "2026-03-02T09:00");
        var two = cli.Run("simulate", cli.CopyFixture(Unemployment), cli.CopyFixture(Merit), "--submitted", "2026-03-02T09:00");

        Assert.Equal(new CliRun(2, "", "procedures: lỗi: thiếu tệp thủ tục; cách dùng: procedures simulate <file> --submitted <ngày-giờ>\n"), none);
        Assert.Equal(new CliRun(2, "", "procedures: error: simulate takes one procedure file; \"procedures/nguoi-co-cong/1.010772.proc\" is one too many\n"), two);
    }

    [Fact]
    public void A_missing_file_is_exit_code_2()
    {
        using var cli = new Cli();

        var run = cli.Run("simulate", "procedures/nope.proc", "--submitted", "2026-03-02T09:00");
        var en = cli.Run("simulate", "procedures/nope.proc", "--submitted", "2026-03-02T09:00", "--lang", "en");

        Assert.Equal(new CliRun(2, "", "procedures: lỗi: không có tệp \"procedures/nope.proc\"\n"), run);
        Assert.Equal(new CliRun(2, "", "procedures: error: no such file \"procedures/nope.proc\"\n"), en);
    }

    [Fact]
    public void A_late_target_the_procedure_does_not_have_is_exit_code_1_with_the_choices()
    {
        using var cli = new Cli();

        var run = cli.Run("simulate", cli.CopyFixture(Unemployment), "--submitted", "2026-03-02T09:00", "--late", "nobody");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("procedures: error PRC5105: --late \"nobody\" names no step or agency of the procedure; choose from: tiep-nhan, Bộ phận Một cửa, tham-dinh, Phòng Bảo hiểm thất nghiệp, xac-nhan, Bảo hiểm xã hội tỉnh, trinh, Giám đốc Trung tâm Dịch vụ việc làm, quyet-dinh, Lãnh đạo Sở Nội vụ\n", run.Error);
    }

    [Fact]
    public void A_file_with_errors_is_exit_code_1()
    {
        using var cli = new Cli();
        cli.Write("procedures/x.proc", "# language: en\nprocedure 1.000001 \"X\"\n");

        var run = cli.Run("simulate", "procedures/x.proc", "--submitted", "2026-03-02T09:00");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("procedures/x.proc(2,1): error PRC2017:", run.Error);
    }

    /// <summary>Unemployment benefit with an age branch after appraisal: the branch the data decides goes on by itself.</summary>
    static string WithAgeBranch(Cli cli)
    {
        var text = cli.Read(cli.CopyFixture(Unemployment))
            .Replace("\ndocuments\n", "\ndata\n  Age \"Tuổi của người lao động\" whole number\n\ndocuments\n")
            .Replace("    sufficient -> xac-nhan", "    sufficient -> tuoi")
            .Replace("  consult xac-nhan", "  branch tuoi \"Từ 60 tuổi trở lên?\" if `Age >= 60`\n    yes -> xac-nhan\n    no -> xac-nhan\n  consult xac-nhan");
        return cli.Write("procedures/viec-lam/1.001978.proc", text);
    }

    [Fact]
    public void Data_decides_a_branch_and_the_row_shows_the_condition_with_the_values_it_read()
    {
        using var cli = new Cli();
        var file = WithAgeBranch(cli);

        var run = cli.Run("simulate", file, "--submitted", "2026-03-02T09:00", "--data", "Age=61");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(" | Từ 60 tuổi trở lên? | ", run.Output);
        Assert.Contains(" | yes | ", run.Output);
        Assert.Contains("Age >= 60 · Age = 61", run.Output);
    }

    [Fact]
    public void Data_that_does_not_match_the_declaration_is_refused_with_each_field_named()
    {
        using var cli = new Cli();
        var file = WithAgeBranch(cli);

        var english = cli.Run("simulate", file, "--submitted", "2026-03-02T09:00", "--data", "Age=sáu mươi", "--data", "Tuoi=61");
        var vietnamese = cli.Run("simulate", file, "--submitted", "2026-03-02T09:00", "--data", "Age=sáu mươi", "--lang", "vi");
        var malformed = cli.Run("simulate", file, "--submitted", "2026-03-02T09:00", "--data", "Age");

        Assert.Equal(1, english.ExitCode);
        Assert.Equal("procedures: error PRC5040: the dossier's data does not match what procedure 1.001978 declares: \"Tuoi\" is not a field of the procedure's data; \"Age\" must be a whole number\n", english.Error);
        Assert.Equal("procedures: lỗi PRC5040: dữ liệu hồ sơ không khớp với khai báo của thủ tục 1.001978: \"Age\" phải là số nguyên\n", vietnamese.Error);
        Assert.Equal(2, malformed.ExitCode);
        Assert.Equal("procedures: error: --data \"Age\" is not a field and its value; write it as Age=61\n", malformed.Error);
    }

    [Fact]
    public void Silence_in_the_path_lets_the_period_pass_and_the_applicant_s_step_stops_the_clock_in_the_timeline()
    {
        using var cli = new Cli();
        var file = cli.Write("procedures/1.999006.proc", """
            # language: vi
            thủ tục 1.999006 "Đăng ký nội quy lao động (thử)"
              lĩnh vực "Lao động - Tiền lương"
              cấp tỉnh
              cơ quan "Sở Nội vụ"
              đối tượng thực hiện ĐT2
              căn cứ "45/2019/QH14" "Bộ luật Lao động" điều 119
              thời hạn 7 ngày làm việc
              cách thức trực tiếp trong 7 ngày làm việc phí 0
              kết quả "Nội quy lao động có hiệu lực"

            thành phần hồ sơ
              van-ban "Văn bản đề nghị đăng ký nội quy lao động" 1 bản chính

            trình tự
              tiếp nhận tiep-nhan "Tiếp nhận hồ sơ" do một cửa trong 0.5 ngày làm việc
              bước xem-xet "Xem xét nội quy lao động" do "Phòng Lao động - Việc làm" trong 5 ngày làm việc
                im lặng -> gui-bhxh
                can-sua -> sua-doi
              bước sua-doi "Người sử dụng lao động sửa nội quy" do người nộp trong 10 ngày làm việc
              thông báo gui-bhxh "Gửi thông báo cho bảo hiểm xã hội" đến "Bảo hiểm xã hội tỉnh"
              trả kết quả tra-ket-qua "Trả kết quả" do một cửa
            """.Replace("\r\n", "\n") + "\n");

        var silent = cli.Run("simulate", file, "--submitted", "2026-03-02T09:00", "--path", "đã tiếp nhận,im lặng");
        var amended = cli.Run("simulate", file, "--submitted", "2026-03-02T09:00", "--path", "received,can-sua", "--lang", "en");

        Assert.Equal(("", 0), (silent.Error, silent.ExitCode));
        Assert.Equal("""
            Hồ sơ 000.00.19.H00-260302-0001 · 1.999006 phiên bản 1
            Nộp 2026-03-02T09:00 · tiếp nhận 2026-03-02T09:00 · hẹn trả 2026-03-11T11:30 · Đã trả kết quả
            STT | Bước | Người xử lý | Nhận | Hạn | Xong | Kết quả | Đúng/trễ hạn | Trạng thái sau bước | Ghi chú
             1 | Nộp hồ sơ | Sở Nội vụ | 2026-03-02T09:00 | — | 2026-03-02T09:00 |  |  | Chờ tiếp nhận
             2 | Tiếp nhận hồ sơ | Bộ phận Một cửa | 2026-03-02T09:00 | 2026-03-02T17:00 | 2026-03-02T09:00 | đã tiếp nhận | đúng hạn | Đã tiếp nhận | số hồ sơ 000.00.19.H00-260302-0001; hẹn trả kết quả 2026-03-11T11:30
             3 | Xem xét nội quy lao động | Phòng Lao động - Việc làm | 2026-03-02T09:00 | 2026-03-09T11:30 | 2026-03-09T11:30 | im lặng | đúng hạn | Đang xử lý | hết thời hạn, không có ý kiến phản đối
             4 | Gửi thông báo cho bảo hiểm xã hội | Sở Nội vụ | 2026-03-09T11:30 | — | 2026-03-09T11:30 | xong |  | Đang xử lý | đã gửi thông báo đến Bảo hiểm xã hội tỉnh
             5 | Trả kết quả | Bộ phận Một cửa | 2026-03-09T11:30 | 2026-03-11T11:30 | 2026-03-09T11:30 | xong | đúng hạn | Đã trả kết quả
            Mọi bước đúng hạn

            """, silent.Output);
        Assert.Equal(0, amended.ExitCode);
        Assert.Contains(" 4 | Clock stopped | Người nộp hồ sơ | 2026-03-02T09:00 | — | 2026-03-02T09:00 |  |  | with the applicant | waiting on Người nộp hồ sơ; appointment 2026-03-11T11:30 suspended\n", amended.Output);
        Assert.Contains(" 6 | Clock resumed | Sở Nội vụ | 2026-03-03T09:00 | — | 2026-03-03T09:00 |  |  | in progress | 1 working day of waiting not counted; appointment 2026-03-12T11:30\n", amended.Output);
    }

    [Fact]
    public void An_await_stops_the_clock_and_the_appointment_moves_by_the_working_days_the_outside_body_took()
    {
        using var cli = new Cli();
        var file = cli.Write("procedures/time/1.001699.proc", File.ReadAllText(Path.Combine(Fixtures.TimeFolder, Fixtures.Await)));

        // The council answers ten working days after its own two months (Hùng Kings' day, 30 April and 1 May 2026 off).
        var run = cli.Run("simulate", file, "--submitted", "2026-03-02T09:00", "--path", "received,du,co-ket-luan", "--late", "giam-dinh=10", "--lang", "en");

        Assert.Equal("", run.Error);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("""
            Dossier 000.01.00.X00-260302-0001 · 1.001699 version 1
            Submitted 2026-03-02T09:00 · received 2026-03-02T09:00 · appointment 2026-06-15T17:00 · result returned
            No. | Step | Handled by | Received | Due | Done | Outcome | On time | Status after | Note
             1 | Dossier submitted | Ủy ban nhân dân cấp xã | 2026-03-02T09:00 | — | 2026-03-02T09:00 |  |  | awaiting receipt
             2 | Tiếp nhận hồ sơ | Bộ phận Một cửa | 2026-03-02T09:00 | 2026-03-02T17:00 | 2026-03-02T09:00 | received | on time | received | dossier number 000.01.00.X00-260302-0001; appointment 2026-03-30T11:30
             3 | Kiểm tra hồ sơ, triệu tập Hội đồng | Chủ tịch Ủy ban nhân dân cấp xã | 2026-03-02T09:00 | 2026-03-09T11:30 | 2026-03-02T09:00 | du | on time | clock stopped
             4 | Clock stopped | Hội đồng giám định y khoa tỉnh | 2026-03-02T09:00 | — | 2026-03-02T09:00 |  |  | clock stopped | waiting on Hội đồng giám định y khoa tỉnh; appointment 2026-03-30T11:30 suspended
             5 | Khám giám định mức độ khuyết tật | Hội đồng giám định y khoa tỉnh | 2026-03-02T09:00 | 2026-05-04T17:00 | 2026-05-18T17:00 | co-ket-luan | late | in progress
             6 | Clock resumed | Ủy ban nhân dân cấp xã | 2026-05-18T17:00 | — | 2026-05-18T17:00 |  |  | in progress | 52.5 working days of waiting not counted; appointment 2026-06-15T17:00
             7 | Cấp Giấy xác nhận khuyết tật | Chủ tịch Ủy ban nhân dân cấp xã | 2026-05-18T17:00 | 2026-05-25T17:00 | 2026-05-19T07:30 | done | on time | in progress
             8 | Trả Giấy xác nhận khuyết tật | Bộ phận Một cửa | 2026-05-19T07:30 | 2026-06-15T17:00 | 2026-05-19T07:30 | done | on time | result returned
            Late: 1 step (Khám giám định mức độ khuyết tật — Hội đồng giám định y khoa tỉnh)

            """, run.Output);
    }
}
