namespace Procedures.Language.Tests;

/// <summary>
/// Mistakes with the second edition's steps and agencies (PRC2055–PRC2061), each on the valid base procedure, with the
/// exact lines the checker prints in both languages.
/// </summary>
static partial class MessageCases
{
    public static readonly MessageCase[] StepCases =
    [
        Case("PRC2055 agency after the default", BaseProcedures.English
            .Edit("  agency \"Trung tâm Dịch vụ việc làm\"",
                  "  agency \"Trung tâm Dịch vụ việc làm\"\n  agency \"Sở Nội vụ\" when `Age >= 60`"),
            [
            "test.proc(7,10): error PRC2055: agency \"Sở Nội vụ\" is never chosen: the agency line before it has no condition, so it takes every dossier",
            ]),
        Case("PRC2055 agency after the default vi", BaseProcedures.Vietnamese
            .Edit("  cơ quan \"Trung tâm Dịch vụ việc làm\"",
                  "  cơ quan \"Trung tâm Dịch vụ việc làm\"\n  cơ quan \"Sở Nội vụ\""),
            [
            "test.proc(7,11): error PRC2055: cơ quan \"Sở Nội vụ\" không bao giờ được chọn: dòng cơ quan đứng trước không có điều kiện nên nhận mọi hồ sơ",
            ]),
        Case("PRC2056 return by the applicant", BaseProcedures.English
            .Edit("  return tra-ket-qua \"Trả kết quả\" by one-stop",
                  "  return tra-ket-qua \"Trả kết quả\" by applicant"),
            [
            "test.proc(36,39): error PRC2056: a \"return\" line cannot name the applicant as who does it; only a \"step\" line can",
            ]),
        Case("PRC2056 posting by a party vi", BaseProcedures.Vietnamese
            .Edit("  trả kết quả tra-ket-qua \"Trả kết quả\" do một cửa",
                  "  trả kết quả tra-ket-qua \"Trả kết quả\" do bên \"Cha mẹ trẻ em\""),
            [
            "test.proc(36,44): error PRC2056: dòng \"trả kết quả\" không ghi bên \"Cha mẹ trẻ em\" là người thực hiện được; chỉ dòng \"bước\" mới ghi được",
            ]),
        Case("PRC2057 silence without a period", BaseProcedures.English
            .Edit(" by \"Giám đốc Trung tâm Dịch vụ việc làm\" within 1 working day",
                  " by \"Giám đốc Trung tâm Dịch vụ việc làm\"\n    silence -> quyet-dinh"),
            [
            "test.proc(32,8): error PRC2057: step \"trinh\" takes \"silence\" when its time limit passes, but it has none; add \"within\" and the period",
            ]),
        Case("PRC2057 silence without a period vi", BaseProcedures.Vietnamese
            .Edit(" do \"Giám đốc Trung tâm Dịch vụ việc làm\" trong 1 ngày làm việc",
                  " do \"Giám đốc Trung tâm Dịch vụ việc làm\"\n    im lặng -> quyet-dinh"),
            [
            "test.proc(32,8): error PRC2057: bước \"trinh\" lấy kết quả \"im lặng\" khi hết thời hạn nhưng chưa có thời hạn; thêm \"trong\" và thời hạn",
            ]),
        Case("PRC2058 transfer to the executing agency", BaseProcedures.English
            .Edit("approve -> tra-ket-qua", "approve -> chuyen")
            .Edit("deadline 20 working days", "deadline 21 working days")
            .Edit("  return tra-ket-qua \"Trả kết quả\" by one-stop",
                  "  transfer chuyen \"Chuyển hồ sơ\" to \"Trung tâm Dịch vụ việc làm\" within 0.5 working days\n  return tra-ket-qua \"Trả kết quả\" by one-stop"),
            [
            "test.proc(36,37): error PRC2058: step \"chuyen\" transfers the dossier to \"Trung tâm Dịch vụ việc làm\", the agency that already handles it",
            ]),
        Case("PRC2058 transfer to the executing agency vi", BaseProcedures.Vietnamese
            .Edit("dong-y -> tra-ket-qua", "dong-y -> chuyen")
            .Edit("thời hạn 20 ngày làm việc", "thời hạn 21 ngày làm việc")
            .Edit("  trả kết quả tra-ket-qua \"Trả kết quả\" do một cửa",
                  "  chuyển chuyen \"Chuyển hồ sơ\" đến \"Trung tâm Dịch vụ việc làm\" trong 0.5 ngày làm việc\n  trả kết quả tra-ket-qua \"Trả kết quả\" do một cửa"),
            [
            "test.proc(36,36): error PRC2058: bước \"chuyen\" chuyển hồ sơ đến \"Trung tâm Dịch vụ việc làm\", chính là cơ quan đang giải quyết hồ sơ",
            ]),
        Case("PRC2059 receipt when the agency starts", BaseProcedures.English
            .Edit("  agency \"Trung tâm Dịch vụ việc làm\"",
                  "  agency \"Trung tâm Dịch vụ việc làm\"\n  started by agency"),
            [
            "test.proc(26,3): error PRC2059: a procedure its agency starts itself has no receipt: nobody submits a dossier; begin with the agency's own first step",
            ]),
        Case("PRC2059 receipt when the agency starts vi", BaseProcedures.Vietnamese
            .Edit("  cơ quan \"Trung tâm Dịch vụ việc làm\"",
                  "  cơ quan \"Trung tâm Dịch vụ việc làm\"\n  khởi xướng bởi cơ quan"),
            [
            "test.proc(26,3): error PRC2059: thủ tục do cơ quan tự khởi xướng không có bước tiếp nhận: không ai nộp hồ sơ; hãy bắt đầu bằng bước đầu tiên của cơ quan",
            ]),
        Case("PRC2060 the applicant first", BaseProcedures.English
            .Edit("  agency \"Trung tâm Dịch vụ việc làm\"",
                  "  agency \"Trung tâm Dịch vụ việc làm\"\n  started by agency")
            .Edit("  receive tiep-nhan \"Tiếp nhận hồ sơ\" by one-stop within 0.5 working days",
                  "  step tiep-nhan \"Nộp bản tự khai\" by applicant within 5 working days"),
            [
            "test.proc(26,3): error PRC2060: no step before \"tiep-nhan\" names a unit to record what the applicant did",
            ]),
        Case("PRC2060 a party first vi", BaseProcedures.Vietnamese
            .Edit("  cơ quan \"Trung tâm Dịch vụ việc làm\"",
                  "  cơ quan \"Trung tâm Dịch vụ việc làm\"\n  khởi xướng bởi cơ quan")
            .Edit("  tiếp nhận tiep-nhan \"Tiếp nhận hồ sơ\" do một cửa trong 0.5 ngày làm việc",
                  "  bước tiep-nhan \"Báo tin\" do bên \"Người báo tin\" trong 0.5 ngày làm việc"),
            [
            "test.proc(26,3): error PRC2060: trước bước \"tiep-nhan\" không có bước nào do một đơn vị thực hiện để ghi nhận việc \"Người báo tin\" đã làm",
            ]),
        Case("PRC2061 receiving agency is the executing one", BaseProcedures.English
            .Edit("  agency \"Trung tâm Dịch vụ việc làm\"",
                  "  agency \"Trung tâm Dịch vụ việc làm\"\n  receiving agency \"Trung tâm Dịch vụ việc làm\""),
            [
            "test.proc(7,20): warning PRC2061: \"Trung tâm Dịch vụ việc làm\" is the executing agency already; a receiving agency is written only when another agency's one-stop office receives",
            ]),
        Case("PRC2061 receiving agency is the executing one vi", BaseProcedures.Vietnamese
            .Edit("  cơ quan \"Trung tâm Dịch vụ việc làm\"",
                  "  cơ quan \"Trung tâm Dịch vụ việc làm\"\n  cơ quan tiếp nhận \"Trung tâm Dịch vụ việc làm\""),
            [
            "test.proc(7,21): warning PRC2061: \"Trung tâm Dịch vụ việc làm\" đã là cơ quan thực hiện; chỉ ghi cơ quan tiếp nhận khi Bộ phận Một cửa của một cơ quan khác tiếp nhận hồ sơ",
            ]),
    ];
}
