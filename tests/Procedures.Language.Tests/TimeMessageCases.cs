namespace Procedures.Language.Tests;

/// <summary>Mistakes in saying time (PRC2040–PRC2049; an anchor naming no step, PRC2007), each on the valid base procedure.</summary>
static partial class MessageCases
{
    const string Trinh = "  step trinh \"Trình ký quyết định\" by \"Giám đốc Trung tâm Dịch vụ việc làm\" within 1 working day";
    const string TrinhVi = "  bước trinh \"Trình ký quyết định\" do \"Giám đốc Trung tâm Dịch vụ việc làm\" trong 1 ngày làm việc";

    public static readonly MessageCase[] TimeCases =
    [
        Case("PRC2007 anchor names no step", BaseProcedures.English.Edit(Trinh, Trinh + " from xac-nhann"),
            [
            "test.proc(32,103): error PRC2007: unknown step \"xac-nhann\"; did you mean \"xac-nhan\"?",
            ]),
        Case("PRC2040 anchor after the step", BaseProcedures.English.Edit(Trinh, Trinh + " from quyet-dinh"),
            [
            "test.proc(32,103): error PRC2040: the time limit of step \"trinh\" is counted from step \"quyet-dinh\", which does not always come before it",
            ]),
        Case("PRC2040 anchor after the step vi", BaseProcedures.Vietnamese.Edit(TrinhVi, TrinhVi + " kể từ quyet-dinh"),
            [
            "test.proc(32,105): error PRC2040: thời hạn của bước \"trinh\" tính từ bước \"quyet-dinh\", nhưng bước này không phải lúc nào cũng đến trước",
            ]),
        Case("PRC2040 phase anchor after the phase", BaseProcedures.English
            .Edit("  step tham-dinh", "  phase ho-so \"Thẩm định hồ sơ\" within 18 working days\n  step tham-dinh")
            .Edit(Trinh, "  phase ky \"Ký và trả kết quả\" within 3 working days from quyet-dinh\n" + Trinh),
            [
            "test.proc(33,59): error PRC2040: the time limit of phase \"ky\" is counted from step \"quyet-dinh\", which does not always come before it",
            ]),
        Case("PRC2041 deadline anchor not on every path", BaseProcedures.English
            .Edit("  deadline 20 working days", "  deadline 20 working days from xac-nhan")
            .Edit("    sufficient -> xac-nhan", "    sufficient -> xac-nhan\n    urgent -> trinh"),
            [
            "test.proc(13,33): error PRC2041: the deadline is counted from step \"xac-nhan\", which not every path to the return passes through",
            ]),
        Case("PRC2041 deadline anchor not on every path vi", BaseProcedures.Vietnamese
            .Edit("  thời hạn 20 ngày làm việc", "  thời hạn 20 ngày làm việc kể từ xac-nhan")
            .Edit("    du -> xac-nhan", "    du -> xac-nhan\n    khan -> trinh"),
            [
            "test.proc(13,35): error PRC2041: thời hạn của thủ tục tính từ bước \"xac-nhan\", nhưng không phải đường nào đến bước trả kết quả cũng đi qua bước này",
            ]),
        Case("PRC2042 deadline in months", BaseProcedures.English.Edit("  deadline 20 working days", "  deadline 1 month"),
            [
            "test.proc(13,14): error PRC2042: \"month\" cannot be used here: months and years are calendar periods, only for an await step's limit, an applicant's window, a result's validity, how recently a document is issued and a silence period; write this time limit in days, working days or hours",
            ]),
        Case("PRC2042 step limit in months vi", BaseProcedures.Vietnamese.Edit(TrinhVi, TrinhVi.Replace("1 ngày làm việc", "1 tháng")),
            [
            "test.proc(32,85): error PRC2042: không dùng \"tháng\" ở đây được: tháng và năm là thời hạn theo lịch, chỉ dùng cho thời hạn của bước chờ, thời hạn nộp hồ sơ, thời hạn hiệu lực của kết quả, thời hạn cấp giấy tờ và thời gian im lặng; hãy ghi thời hạn này bằng ngày, ngày làm việc hoặc giờ",
            ]),
        Case("PRC2043 phase without a limit", BaseProcedures.English.Edit(Trinh, "  phase ky \"Ký và trả kết quả\"\n" + Trinh),
            [
            "test.proc(32,9): error PRC2043: phase \"ky\" has no time limit; add \"within\" T",
            ]),
        Case("PRC2043 phase without a limit vi", BaseProcedures.Vietnamese.Edit(TrinhVi, "  giai đoạn ky \"Ký và trả kết quả\"\n" + TrinhVi),
            [
            "test.proc(32,13): error PRC2043: giai đoạn \"ky\" chưa có thời hạn; thêm \"trong\" T",
            ]),
        Case("PRC2044 phase without steps", BaseProcedures.English
            .Edit("  deadline 20 working days", "  deadline 21 working days")
            .Edit("  step tham-dinh", "  phase ho-so \"Thẩm định hồ sơ\" within 17.5 working days\n  step tham-dinh")
            .Edit(Trinh, "  phase cho \"Chờ\" within 0.5 working days\n  phase ky \"Ký và trả kết quả\" within 2.5 working days\n" + Trinh),
            [
            "test.proc(33,9): error PRC2044: phase \"cho\" holds no step; a phase line stands before the steps it groups",
            ]),
        Case("PRC2044 phase without steps vi", BaseProcedures.Vietnamese
            .Edit("  thời hạn 20 ngày làm việc", "  thời hạn 21 ngày làm việc")
            .Edit("  bước tham-dinh", "  giai đoạn ho-so \"Thẩm định hồ sơ\" trong 17.5 ngày làm việc\n  bước tham-dinh")
            .Edit(TrinhVi, "  giai đoạn cho \"Chờ\" trong 0.5 ngày làm việc\n  giai đoạn ky \"Ký và trả kết quả\" trong 2.5 ngày làm việc\n" + TrinhVi),
            [
            "test.proc(33,13): error PRC2044: giai đoạn \"cho\" không có bước nào; dòng giai đoạn đặt trước các bước của nó",
            ]),
        Case("PRC2045 phase steps longer than the phase", BaseProcedures.English
            .Edit("  step tham-dinh", "  phase ho-so \"Thẩm định hồ sơ\" within 18 working days\n  step tham-dinh")
            .Edit(Trinh, "  phase ky \"Ký và trả kết quả\" within 2 working days\n" + Trinh),
            [
            "test.proc(33,3): error PRC2045: the steps of phase \"ky\" take 2.5 working days along \"trinh → quyet-dinh → tra-ket-qua\", more than the phase's 2 working days",
            ]),
        Case("PRC2045 phase steps longer than the phase vi", BaseProcedures.Vietnamese
            .Edit("  bước tham-dinh", "  giai đoạn ho-so \"Thẩm định hồ sơ\" trong 18 ngày làm việc\n  bước tham-dinh")
            .Edit(TrinhVi, "  giai đoạn ky \"Ký và trả kết quả\" trong 2 ngày làm việc\n" + TrinhVi),
            [
            "test.proc(33,3): error PRC2045: các bước của giai đoạn \"ky\" mất 2.5 ngày làm việc theo đường \"trinh → quyet-dinh → tra-ket-qua\", quá thời hạn 2 ngày làm việc của giai đoạn",
            ]),
        Case("PRC2046 phases longer than the deadline", BaseProcedures.English
            .Edit("  step tham-dinh", "  phase ho-so \"Thẩm định hồ sơ\" within 18 working days\n  step tham-dinh")
            .Edit(Trinh, "  phase ky \"Ký và trả kết quả\" within 3 working days\n" + Trinh),
            [
            "test.proc(13,3): error PRC2046: the phases not counted from a step take 21 working days together, more than the procedure's 20 working days",
            ]),
        Case("PRC2046 phases longer than the deadline vi", BaseProcedures.Vietnamese
            .Edit("  bước tham-dinh", "  giai đoạn ho-so \"Thẩm định hồ sơ\" trong 18 ngày làm việc\n  bước tham-dinh")
            .Edit(TrinhVi, "  giai đoạn ky \"Ký và trả kết quả\" trong 3 ngày làm việc\n" + TrinhVi),
            [
            "test.proc(13,3): error PRC2046: các giai đoạn không tính từ một bước có tổng thời hạn 21 ngày làm việc, quá thời hạn 20 ngày làm việc của thủ tục",
            ]),
        Case("PRC2047 outcome limit on a branch", BaseProcedures.English
            .Edit(Trinh, "  branch trinh \"Đủ tuổi?\" if `Age >= 18`\n    yes -> quyet-dinh within 1 working day\n    no -> quyet-dinh"),
            [
            "test.proc(33,30): error PRC2047: outcome \"yes\" cannot have a time limit of its own: only the outcomes of a \"step\" or an \"await\" step can",
            ]),
        Case("PRC2047 outcome limit on a branch vi", BaseProcedures.Vietnamese
            .Edit(TrinhVi, "  rẽ nhánh trinh \"Đủ tuổi?\" nếu `Age >= 18`\n    có -> quyet-dinh trong 1 ngày làm việc\n    không -> quyet-dinh"),
            [
            "test.proc(33,28): error PRC2047: kết quả \"có\" không có thời hạn riêng được: chỉ kết quả của dòng \"bước\" hoặc \"chờ\" mới có",
            ]),
        Case("PRC2048 outcome limit as long as the step", BaseProcedures.English
            .Edit("    insufficient -> request completion", "    insufficient -> request completion within 21 days"),
            [
            "test.proc(28,47): warning PRC2048: the limit of outcome \"insufficient\" (21 days) is not shorter than its step's (15 working days); it says nothing the step does not",
            ]),
        Case("PRC2048 outcome limit as long as the step vi", BaseProcedures.Vietnamese
            .Edit("    thieu -> yêu cầu bổ sung", "    thieu -> yêu cầu bổ sung trong 15 ngày làm việc"),
            [
            "test.proc(28,36): warning PRC2048: thời hạn của kết quả \"thieu\" (15 ngày làm việc) không ngắn hơn thời hạn của bước (15 ngày làm việc); ghi thêm cũng không có ý nghĩa",
            ]),
        Case("PRC2049 await by one-stop", BaseProcedures.English
            .Edit(Trinh, "  await xac-minh \"Xác minh tại nơi cư trú\" by one-stop within 10 days\n" + Trinh),
            [
            "test.proc(32,47): error PRC2049: \"one-stop\" cannot be named by step \"xac-minh\": an await step waits on someone outside the agency: another agency of the catalogue, or the applicant (\"applicant\")",
            ]),
        Case("PRC2049 await on the agency itself vi", BaseProcedures.Vietnamese
            .Edit(TrinhVi, "  chờ xac-minh \"Xác minh\" do \"Trung tâm Dịch vụ việc làm\" trong 10 ngày\n" + TrinhVi),
            [
            "test.proc(32,30): error PRC2049: bước \"xac-minh\" không ghi \"Trung tâm Dịch vụ việc làm\" được: bước chờ là chờ người ngoài cơ quan: một cơ quan khác trong danh mục, hoặc người nộp (\"người nộp\")",
            ]),
    ];
}
