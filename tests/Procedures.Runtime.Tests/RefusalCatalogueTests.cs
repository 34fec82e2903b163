using Procedures.Runtime.Messages;

namespace Procedures.Runtime.Tests;

/// <summary>
/// Every refusal of the runtime, by code, word for word in English and Vietnamese: a host shows the one its caller
/// reads, and a changed template is a visible diff here. A new code must add its line.
/// </summary>
public sealed class RefusalCatalogueTests
{
    public static TheoryData<string, string[], string, string> Messages() => new()
    {
        { "PRC5001", [], "no definition was given", "chưa có quy trình để chạy" },
        { "PRC5002", [], "a dossier id is required", "cần mã hồ sơ" },
        { "PRC5003", ["1.001978", "no start activity"], "procedure 1.001978 cannot run: no start activity", "thủ tục 1.001978 không chạy được: no start activity" },
        { "PRC5004", ["2.001661", "2025-07-01", " (72/2025/QH15)"], "procedure 2.001661 was abolished on 2025-07-01 (72/2025/QH15); it accepts no new dossiers", "thủ tục 2.001661 đã bị bãi bỏ từ ngày 2025-07-01 (72/2025/QH15); không nhận hồ sơ mới" },
        { "PRC5005", ["1.001978", "2015-05-01"], "procedure 1.001978 takes effect on 2015-05-01", "thủ tục 1.001978 có hiệu lực từ ngày 2015-05-01" },
        { "PRC5006", ["1.001978"], "procedure 1.001978 has no agency code to number dossiers with (Circular 01/2018 Art. 19)", "thủ tục 1.001978 không có mã cơ quan để đánh số hồ sơ (Thông tư 01/2018 Điều 19)" },
        { "PRC5007", [], "no instance was given", "chưa có hồ sơ đang chạy" },
        { "PRC5008", [], "no stimulus was given", "chưa có thao tác nào" },
        { "PRC5009", ["000.19.30.H00-260302-0001", "1.001978", "1", "4cb9d0d24e7b12d2", "2", "0123456789abcdef"], "dossier 000.19.30.H00-260302-0001 runs on 1.001978 version 1 (4cb9d0d24e7b12d2), not on version 2 (0123456789abcdef)", "hồ sơ 000.19.30.H00-260302-0001 chạy theo 1.001978 phiên bản 1 (4cb9d0d24e7b12d2), không phải phiên bản 2 (0123456789abcdef)" },
        { "PRC5010", ["000.19.30.H00-260302-0001", "Đã trả kết quả"], "dossier 000.19.30.H00-260302-0001 is finished (Đã trả kết quả)", "hồ sơ 000.19.30.H00-260302-0001 đã kết thúc (Đã trả kết quả)" },
        { "PRC5011", ["0.3 working days is not a whole or half day"], "a time limit of the procedure cannot be counted: 0.3 working days is not a whole or half day", "không tính được một thời hạn của thủ tục: 0.3 working days is not a whole or half day" },
        { "PRC5012", ["10000"], "the definition entered more than 10000 activities without waiting; it loops", "quy trình đi qua hơn 10000 hoạt động mà không dừng chờ; quy trình bị lặp" },
        { "PRC5013", ["Telepathy"], "unknown stimulus Telepathy", "không rõ thao tác Telepathy" },
        { "PRC5014", ["maybe", "Thẩm định hồ sơ", "sufficient, insufficient"], "\"maybe\" is not an outcome of step \"Thẩm định hồ sơ\"; allowed: sufficient, insufficient", "\"maybe\" không phải kết quả của bước \"Thẩm định hồ sơ\"; được chọn: sufficient, insufficient" },
        { "PRC5015", ["Liên thông", "Sở Y tế", "2", "Công an tỉnh"], "step \"Liên thông\" is with \"Sở Y tế\" (stop 2), not \"Công an tỉnh\"", "bước \"Liên thông\" đang ở \"Sở Y tế\" (nơi thứ 2), không phải \"Công an tỉnh\"" },
        { "PRC5016", ["Xác nhận", "Sở Y tế", "Bảo hiểm xã hội tỉnh"], "step \"Xác nhận\" does not wait for a reply from \"Sở Y tế\"; waiting for: Bảo hiểm xã hội tỉnh", "bước \"Xác nhận\" không chờ trả lời của \"Sở Y tế\"; đang chờ: Bảo hiểm xã hội tỉnh" },
        { "PRC5017", [], "no request to complete the dossier is open", "không có yêu cầu bổ sung hồ sơ nào đang chờ" },
        { "PRC5018", ["tham-dinh"], "step \"tham-dinh\" does not wait for the applicant to complete the dossier", "bước \"tham-dinh\" không chờ người nộp bổ sung hồ sơ" },
        { "PRC5019", ["Niêm yết", "2026-03-04 11:30"], "the period of step \"Niêm yết\" ends at 2026-03-04 11:30, not yet", "thời gian của bước \"Niêm yết\" đến 2026-03-04 11:30 mới hết" },
        { "PRC5020", ["Niêm yết", "2026-03-04 11:30"], "the posting of step \"Niêm yết\" ended at 2026-03-04 11:30", "việc niêm yết của bước \"Niêm yết\" đã hết lúc 2026-03-04 11:30" },
        { "PRC5021", ["2026-04-24 17:00"], "the appointment was already moved once (to 2026-04-24 17:00); Decree 61/2018 Art. 19 allows one new date only", "ngày hẹn đã được hẹn lại một lần (đến 2026-04-24 17:00); Nghị định 61/2018 Điều 19 chỉ cho hẹn lại một lần" },
        { "PRC5022", [], "the dossier has no appointment yet; it has not been received", "hồ sơ chưa có ngày hẹn; hồ sơ chưa được tiếp nhận" },
        { "PRC5023", [], "an apology must give the reason for the delay", "phiếu xin lỗi phải nêu lý do chậm trễ" },
        { "PRC5024", ["2026-03-01 17:00", "2026-03-30 11:30"], "the new date 2026-03-01 17:00 is not after the current appointment 2026-03-30 11:30", "ngày hẹn mới 2026-03-01 17:00 không sau ngày hẹn hiện tại 2026-03-30 11:30" },
        { "PRC5025", ["Niêm yết"], "step \"Niêm yết\" does not wait for an officer's decision", "bước \"Niêm yết\" không chờ quyết định của cán bộ" },
        { "PRC5026", ["Niêm yết"], "step \"Niêm yết\" does not wait for an agency's reply", "bước \"Niêm yết\" không chờ trả lời của cơ quan" },
        { "PRC5027", ["Niêm yết"], "step \"Niêm yết\" does not wait for the applicant's completion", "bước \"Niêm yết\" không chờ người nộp bổ sung" },
        { "PRC5028", ["Niêm yết"], "step \"Niêm yết\" does not wait for a timer", "bước \"Niêm yết\" không chờ hết thời gian" },
        { "PRC5029", ["Niêm yết"], "step \"Niêm yết\" does not wait for a complaint", "bước \"Niêm yết\" không nhận khiếu nại" },
        { "PRC5030", ["tham-dinh"], "the dossier waits at no step, so \"tham-dinh\" cannot act", "hồ sơ không chờ ở bước nào, nên \"tham-dinh\" không thao tác được" },
        { "PRC5031", ["tham-dinh", "tiep-nhan"], "the dossier is not at step \"tham-dinh\"; it waits at: tiep-nhan", "hồ sơ không ở bước \"tham-dinh\"; hồ sơ đang chờ ở: tiep-nhan" },
        { "PRC5032", ["1.010772", "online-partial", "in-person, postal"], "procedure 1.010772 does not take dossiers through channel online-partial; it takes: in-person, postal", "thủ tục 1.010772 không nhận hồ sơ qua cách thức online-partial; chỉ nhận: in-person, postal" },
        { "PRC5033", ["HS-1/r1/receive/OfficerDecision"], "the dossier does not wait at bookmark \"HS-1/r1/receive/OfficerDecision\"", "hồ sơ không chờ ở điểm chờ \"HS-1/r1/receive/OfficerDecision\"" },
        { "PRC5034", [], "a dossier number is required; take one from the agency's daily sequence before starting (Circular 01/2018 Art. 19)", "cần số hồ sơ; lấy số từ dãy số trong ngày của cơ quan trước khi bắt đầu (Thông tư 01/2018 Điều 19)" },
        { "PRC5040", ["1.001776"], "the dossier's data does not match what procedure 1.001776 declares", "dữ liệu hồ sơ không khớp với khai báo của thủ tục 1.001776" },
        { "PRC5041", ["Age", "Tuổi của đối tượng"], "\"Age\" (Tuổi của đối tượng) is required", "thiếu \"Age\" (Tuổi của đối tượng)" },
        { "PRC5042", ["Tuoi"], "\"Tuoi\" is not a field of the procedure's data", "\"Tuoi\" không phải trường dữ liệu của thủ tục" },
        { "PRC5043", ["HọTên"], "\"HọTên\" must be text", "\"HọTên\" phải là văn bản" },
        { "PRC5044", ["Age"], "\"Age\" must be a whole number", "\"Age\" phải là số nguyên" },
        { "PRC5045", ["HệSố"], "\"HệSố\" must be a number", "\"HệSố\" phải là số" },
        { "PRC5046", ["TiềnLương"], "\"TiềnLương\" must be an amount of đồng, a whole number not below 0", "\"TiềnLương\" phải là số tiền đồng, số nguyên không âm" },
        { "PRC5047", ["HasDisabilityCertificate"], "\"HasDisabilityCertificate\" must be yes or no (true or false)", "\"HasDisabilityCertificate\" phải là có hoặc không (true hoặc false)" },
        { "PRC5048", ["NgàySinh"], "\"NgàySinh\" must be a date written YYYY-MM-DD", "\"NgàySinh\" phải là ngày viết dạng YYYY-MM-DD" },
        { "PRC5049", ["Request", "\"thực hiện\", \"điều chỉnh\""], "\"Request\" must be one of: \"thực hiện\", \"điều chỉnh\"", "\"Request\" phải là một trong: \"thực hiện\", \"điều chỉnh\"" },
        { "PRC5050", ["DanhSách", "\"a\", \"b\""], "\"DanhSách\" must be a list of values among: \"a\", \"b\"", "\"DanhSách\" phải là danh sách các giá trị trong: \"a\", \"b\"" },
        { "PRC5130", ["1.000105", "Bộ Nội vụ: `Scope == \"liên tỉnh\"`; Sở Nội vụ: `Scope == \"trong tỉnh\"`"], "no executing agency of procedure 1.000105 takes this dossier: none of their conditions holds (Bộ Nội vụ: `Scope == \"liên tỉnh\"`; Sở Nội vụ: `Scope == \"trong tỉnh\"`)", "không cơ quan thực hiện nào của thủ tục 1.000105 nhận hồ sơ này: không điều kiện nào đúng (Bộ Nội vụ: `Scope == \"liên tỉnh\"`; Sở Nội vụ: `Scope == \"trong tỉnh\"`)" },
        { "PRC5131", ["1.000105", "Scope == \"liên tỉnh\"", "Bộ Nội vụ", "\"Scope\" was not given"], "the executing agency of procedure 1.000105 cannot be chosen: the condition `Scope == \"liên tỉnh\"` of \"Bộ Nội vụ\" cannot be decided on this dossier's data (\"Scope\" was not given)", "không chọn được cơ quan thực hiện của thủ tục 1.000105: điều kiện `Scope == \"liên tỉnh\"` của \"Bộ Nội vụ\" không xác định được trên dữ liệu hồ sơ (\"Scope\" was not given)" },
        { "PRC5132", ["1.004946", "Ủy ban nhân dân cấp xã"], "procedure 1.004946 is started by its agency: nobody submits it; an officer of Ủy ban nhân dân cấp xã opens the dossier and says who opened it", "thủ tục 1.004946 do cơ quan tự khởi xướng: không nhận hồ sơ nộp; cán bộ của Ủy ban nhân dân cấp xã mở hồ sơ và ghi rõ người mở" },
        { "PRC5140", ["2025-07-14", "3 Months", "Ngày chấm dứt hợp đồng lao động", "2025-04-11", "2025-07-11"], "the dossier was filed on 2025-07-14, after its window: apply within 3 months of Ngày chấm dứt hợp đồng lao động (2025-04-11), by 2025-07-11 at the latest", "hồ sơ nộp ngày 2025-07-14, quá hạn nộp: nộp trong 3 tháng kể từ Ngày chấm dứt hợp đồng lao động (2025-04-11), chậm nhất ngày 2025-07-11" },
        { "PRC5141", ["2025-07-14", "1 WorkingDays", "Ngày không đến", "2025-07-15"], "the dossier was filed on 2025-07-14, before Ngày không đến (2025-07-15), the day its window of 1 working day runs from", "hồ sơ nộp ngày 2025-07-14, trước Ngày không đến (2025-07-15) là ngày bắt đầu tính hạn nộp 1 ngày làm việc" },
        { "PRC5142", ["2025-07-14", "1 Years", "Ngày khai giảng", "2026-07-01", "2025-07-01"], "the dossier was filed on 2025-07-14, too late: apply at least 1 year before Ngày khai giảng (2026-07-01), by 2025-07-01 at the latest", "hồ sơ nộp ngày 2025-07-14, quá hạn nộp: nộp trước Ngày khai giảng (2026-07-01) ít nhất 1 năm, chậm nhất ngày 2025-07-01" },
        { "PRC5143", ["Đủ 18 tuổi", "Tuổi >= 18 · Tuổi = 17"], "the dossier does not meet the requirement \"Đủ 18 tuổi\" (Tuổi >= 18 · Tuổi = 17)", "hồ sơ không đáp ứng yêu cầu \"Đủ 18 tuổi\" (Tuổi >= 18 · Tuổi = 17)" },
        { "PRC5145", ["2025-07-14", "30 CalendarDays", "Ngày đưa vào sử dụng", "2025-08-20", "2025-07-21", "2025-09-19"], "the dossier was filed on 2025-07-14, outside its window: apply within 30 days before or after Ngày đưa vào sử dụng (2025-08-20), from 2025-07-21 to 2025-09-19", "hồ sơ nộp ngày 2025-07-14, ngoài hạn nộp: nộp trong 30 ngày trước hoặc sau Ngày đưa vào sử dụng (2025-08-20), từ ngày 2025-07-21 đến ngày 2025-09-19" },
        { "PRC5144", ["1.001978"], "the dossier does not meet the windows and requirements of procedure 1.001978", "hồ sơ không đáp ứng hạn nộp và yêu cầu, điều kiện của thủ tục 1.001978" },
        { "PRC5101", [], "the dossier waits for nothing but is not finished", "hồ sơ không chờ gì nhưng chưa kết thúc" },
        { "PRC5102", ["maybe", "Thẩm định hồ sơ", "sufficient, insufficient"], "\"maybe\" is not an outcome of \"Thẩm định hồ sơ\"; choose from: sufficient, insufficient", "\"maybe\" không phải kết quả của bước \"Thẩm định hồ sơ\"; chọn một trong: sufficient, insufficient" },
        { "PRC5060", ["9.999999"], "there is no procedure 9.999999", "không có thủ tục 9.999999" },
        { "PRC5061", ["1.001978", "2"], "procedure 1.001978 has no version that compiled clean; its file has 2 error(s)", "thủ tục 1.001978 chưa có phiên bản nào biên dịch không lỗi; tệp của thủ tục có 2 lỗi" },
        { "PRC5062", ["HS-404"], "there is no dossier HS-404", "không có hồ sơ HS-404" },
        { "PRC5063", ["HS-7", "4", "3"], "dossier HS-7 is at revision 4, not 3: read it again and decide on what it is now", "hồ sơ HS-7 đang ở phiên bản 4, không phải 3: đọc lại hồ sơ và quyết định theo tình trạng hiện tại" },
        { "PRC5064", ["000.00.12.H26-260302-0001", "2", "1.001978"], "dossier 000.00.12.H26-260302-0001 runs on version 2 of procedure 1.001978, which is not in the database", "hồ sơ 000.00.12.H26-260302-0001 chạy theo phiên bản 2 của thủ tục 1.001978, phiên bản này không có trong cơ sở dữ liệu" },
        { "PRC5070", ["000.19.30.H00-260302-0001"], "dossier 000.19.30.H00-260302-0001 has not been received, so it has no receipt and appointment (form 01)", "hồ sơ 000.19.30.H00-260302-0001 chưa được tiếp nhận nên chưa có giấy tiếp nhận hồ sơ và hẹn trả kết quả (mẫu số 01)" },
        { "PRC5071", ["000.19.30.H00-260302-0001"], "dossier 000.19.30.H00-260302-0001 was never asked to be completed (form 02)", "hồ sơ 000.19.30.H00-260302-0001 chưa từng được yêu cầu bổ sung, hoàn thiện (mẫu số 02)" },
        { "PRC5072", ["000.19.30.H00-260302-0001"], "dossier 000.19.30.H00-260302-0001 was not refused (form 03)", "hồ sơ 000.19.30.H00-260302-0001 không bị từ chối (mẫu số 03)" },
        { "PRC5073", ["000.19.30.H00-260302-0001"], "dossier 000.19.30.H00-260302-0001 has no apology with a new date (form 04)", "hồ sơ 000.19.30.H00-260302-0001 không có phiếu xin lỗi và hẹn lại ngày trả kết quả (mẫu số 04)" },
        { "PRC5074", ["2026-04-30", "2026-04-01"], "the period ends on 2026-04-01, before it starts on 2026-04-30", "kỳ báo cáo kết thúc ngày 2026-04-01, trước ngày bắt đầu 2026-04-30" },
        { "PRC5075", ["07"], "there is no form \"07\"; the forms of Circular 01/2018 are 01 to 06", "không có mẫu số \"07\"; các mẫu của Thông tư 01/2018 là mẫu số 01 đến 06" },
        { "PRC5076", [], "form 06 is the register of an agency's dossiers over a period, not a form of one dossier", "mẫu số 06 là sổ theo dõi hồ sơ của một cơ quan trong một kỳ, không phải mẫu của một hồ sơ" },
        { "PRC5103", ["500"], "the dossier did not finish within 500 steps; the path may loop", "hồ sơ chưa kết thúc sau 500 lượt; đường đi có thể bị lặp" },
        { "PRC5104", ["approve"], "the dossier finished before the path was used up: approve", "hồ sơ đã kết thúc khi đường đi còn thừa: approve" },
        { "PRC5105", ["nobody", "tham-dinh, xac-nhan"], "--late \"nobody\" names no step or agency of the procedure; choose from: tham-dinh, xac-nhan", "--late \"nobody\" không phải bước hay cơ quan nào của thủ tục; chọn một trong: tham-dinh, xac-nhan" },
        { "PRC5120", ["Trung tâm Dịch vụ việc làm", "2026-03-06"], "Trung tâm Dịch vụ việc làm already asked for this dossier to be completed on 2026-03-06; during processing an agency asks once only (Decree 61/2018/NĐ-CP Art. 19 as amended by Decree 107/2021/NĐ-CP): decide on the dossier as it is", "Trung tâm Dịch vụ việc làm đã yêu cầu bổ sung, hoàn thiện hồ sơ này ngày 2026-03-06; trong quá trình giải quyết mỗi cơ quan chỉ yêu cầu bổ sung một lần (Nghị định 61/2018/NĐ-CP Điều 19, sửa đổi bởi Nghị định 107/2021/NĐ-CP): giải quyết theo hồ sơ đã có" },
        { "PRC5121", ["2026-03-02"], "the dossier was already given guidance to complete it at receipt on 2026-03-02; guidance is given once, in full (Decree 61/2018/NĐ-CP Art. 15, 17): receive the dossier, or refuse it with the reasons", "hồ sơ đã được hướng dẫn bổ sung, hoàn thiện khi tiếp nhận ngày 2026-03-02; việc hướng dẫn chỉ thực hiện một lần, đầy đủ (Nghị định 61/2018/NĐ-CP Điều 15, 17): tiếp nhận hồ sơ, hoặc từ chối tiếp nhận và nêu rõ lý do" },
        { "PRC5122", [], "receiving the dossier gives it its number: take the agency's next number of the receipt date first (Circular 01/2018/TT-VPCP Art. 19)", "tiếp nhận hồ sơ thì cấp số hồ sơ: lấy số tiếp theo trong ngày tiếp nhận của cơ quan trước (Thông tư 01/2018/TT-VPCP Điều 19)" },
        { "PRC5123", ["1.001978"], "a dossier of procedure 1.001978 gets its number when the one-stop office receives it complete, not at submission (Circular 01/2018/TT-VPCP Art. 19)", "hồ sơ của thủ tục 1.001978 được cấp số khi Bộ phận Một cửa tiếp nhận hồ sơ đầy đủ, không cấp khi nộp (Thông tư 01/2018/TT-VPCP Điều 19)" },
        { "PRC5106", ["2026-03-02 09:00", "2026-03-27 11:30", "2026-03-30 11:30"], "no apology was sent: the dossier finished at 2026-03-02 09:00, before the day the apology is due (2026-03-27 11:30, one working day before the appointment 2026-03-30 11:30)", "không gửi phiếu xin lỗi: hồ sơ đã kết thúc lúc 2026-03-02 09:00, trước ngày phải xin lỗi (2026-03-27 11:30, một ngày làm việc trước ngày hẹn 2026-03-30 11:30)" },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void Each_refusal_reads_the_same_in_both_languages_every_time(string code, string[] arguments, string english, string vietnamese)
    {
        var refusal = new Refusal(code, [.. arguments]);

        Assert.Equal(english, refusal.Message(MessageLanguage.English));
        Assert.Equal(vietnamese, refusal.Message(MessageLanguage.Vietnamese));
        var result = RunResult.Reject(null, refusal);
        Assert.Equal(english, result.Reason);
        Assert.Equal(vietnamese, result.Message(MessageLanguage.Vietnamese));
    }

    [Fact]
    public void Every_code_is_tested_and_codes_are_unique_and_well_formed()
    {
        var tested = Messages().Select(row => (string)row[0]).ToHashSet();
        var codes = RefusalCatalogue.All.Select(d => d.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^PRC5[0-9]{3}$", c));
        Assert.Empty(codes.Except(tested));
        Assert.Equal(tested.Count, codes.Count);
    }

    [Fact]
    public void A_refusal_is_plain_data_that_compares_by_value()
    {
        Assert.Equal(RefusalCatalogue.Abolished.With("2.001661", "2025-07-01", ""), new Refusal("PRC5004", ["2.001661", "2025-07-01", ""]));
        Assert.Equal("PRC9999 x", new Refusal("PRC9999", ["x"]).Message(MessageLanguage.English));
    }
}
