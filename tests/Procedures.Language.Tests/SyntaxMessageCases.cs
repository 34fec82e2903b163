using Procedures.Language.Text;

namespace Procedures.Language.Tests;

/// <summary>Mistakes found while reading a file (PRC1xxx), each on the valid base procedure, with the exact lines the checker prints.</summary>
static partial class MessageCases
{
    public static readonly MessageCase[] SyntaxCases =
    [
        Case("PRC1001 stray semicolon", BaseProcedures.English
            .Edit("  effective 2015-05-01",
                  "  effective 2015-05-01;"),
            [
            "test.proc(12,23): error PRC1001: unexpected character \";\"",
            ]),
        Case("PRC1001 stray semicolon vi", BaseProcedures.Vietnamese
            .Edit("  hiệu lực 2015-05-01",
                  "  hiệu lực 2015-05-01;"),
            [
            "test.proc(12,22): error PRC1001: ký tự không hợp lệ \";\"",
            ]),
        Case("PRC1002 unclosed text", BaseProcedures.English
            .Edit("\"Nghị định sửa đổi, bổ sung một số điều của Nghị định số 28/2015/NĐ-CP\"",
                  "\"Nghị định sửa đổi, bổ sung một số điều của Nghị định số 28/2015/NĐ-CP"),
            [
            "test.proc(11,25): error PRC1002: text is not closed; add \" at the end",
            ]),
        Case("PRC1002 unclosed text vi", BaseProcedures.Vietnamese
            .Edit("\"Nghị định sửa đổi, bổ sung một số điều của Nghị định số 28/2015/NĐ-CP\"",
                  "\"Nghị định sửa đổi, bổ sung một số điều của Nghị định số 28/2015/NĐ-CP"),
            [
            "test.proc(11,26): error PRC1002: chuỗi chưa được đóng; thêm dấu \" ở cuối",
            ]),
        Case("PRC1003 unclosed condition", BaseProcedures.English
            .Edit("  \"Sổ bảo hiểm xã hội\" 1 original",
                  "  \"Sổ bảo hiểm xã hội\" 1 original\n  notice \"Thông báo\" 1 copy when `Reason == \"layoff\""),
            [
            "test.proc(23,34): error PRC1003: condition is not closed; add ` at the end",
            ]),
        Case("PRC1003 unclosed condition vi", BaseProcedures.Vietnamese
            .Edit("  \"Sổ bảo hiểm xã hội\" 1 bản chính",
                  "  \"Sổ bảo hiểm xã hội\" 1 bản chính\n  thong-bao \"Thông báo\" 1 bản sao khi `Reason == \"layoff\""),
            [
            "test.proc(23,39): error PRC1003: điều kiện chưa được đóng; thêm dấu ` ở cuối",
            ]),
        Case("PRC1004 basis without name", BaseProcedures.English
            .Edit("  basis \"61/2020/NĐ-CP\" \"Nghị định sửa đổi, bổ sung một số điều của Nghị định số 28/2015/NĐ-CP\"",
                  "  basis \"61/2020/NĐ-CP\""),
            [
            "test.proc(11,24): error PRC1004: unexpected end of line; expected text in quotes",
            ]),
        Case("PRC1004 basis without name vi", BaseProcedures.Vietnamese
            .Edit("  căn cứ \"61/2020/NĐ-CP\" \"Nghị định sửa đổi, bổ sung một số điều của Nghị định số 28/2015/NĐ-CP\"",
                  "  căn cứ \"61/2020/NĐ-CP\""),
            [
            "test.proc(11,25): error PRC1004: không mong đợi hết dòng; cần chuỗi trong ngoặc kép",
            ]),
        Case("PRC1004 line without keyword", BaseProcedures.English
            .Edit("  effective 2015-05-01",
                  "  effective 2015-05-01\n  remark \"Ghi chú\""),
            [
            "test.proc(13,3): error PRC1004: unexpected identifier \"remark\"; expected a keyword that starts a line, such as \"procedure\", \"documents\", \"steps\" or \"step\"",
            ]),
        Case("PRC1004 line without keyword vi", BaseProcedures.Vietnamese
            .Edit("  hiệu lực 2015-05-01",
                  "  hiệu lực 2015-05-01\n  ghi-chu \"Ghi chú\""),
            [
            "test.proc(13,3): error PRC1004: không mong đợi mã \"ghi-chu\"; cần từ khóa đầu dòng như \"thủ tục\", \"thành phần hồ sơ\", \"trình tự\" hoặc \"bước\"",
            ]),
        Case("PRC1004 deadline without unit", BaseProcedures.English
            .Edit("  deadline 20 working days",
                  "  deadline 20"),
            [
            "test.proc(13,14): error PRC1004: unexpected end of line; expected \"working days\", \"working day\", \"days\", \"day\", \"hours\", \"hour\", \"months\", \"month\", \"years\" or \"year\"",
            ]),
        Case("PRC1005 unknown language", BaseProcedures.English
            .Edit("# language: en",
                  "# language: fr"),
            [
            "test.proc(1,1): error PRC1005: unknown keyword language \"fr\"; use \"en\" or \"vi\"",
            ]),
        Case("PRC1006 Vietnamese unit in English file", BaseProcedures.English
            .Edit("  deadline 20 working days",
                  "  deadline 20 ngày làm việc"),
            [
            "test.proc(13,15): error PRC1006: keyword \"ngày làm việc\" is not in this file's keyword set (en); write \"working days\"",
            ]),
        Case("PRC1006 English keyword in Vietnamese file", BaseProcedures.Vietnamese
            .Edit("  thời hạn 20 ngày làm việc",
                  "  thời hạn 20 working days"),
            [
            "test.proc(13,15): error PRC1006: từ khóa \"working days\" không thuộc bộ từ khóa của tệp (vi); hãy viết \"ngày làm việc\"",
            ]),
        Case("PRC1006 one original in English file", BaseProcedures.English
            .Edit("  \"Sổ bảo hiểm xã hội\" 1 original",
                  "  \"Sổ bảo hiểm xã hội\" 1 bản chính"),
            [
            "test.proc(22,26): error PRC1006: keyword \"bản chính\" is not in this file's keyword set (en); write \"original\"",
            ]),
        Case("PRC1007 fact among steps", BaseProcedures.English
            .Edit("  return tra-ket-qua \"Trả kết quả\" by one-stop",
                  "  return tra-ket-qua \"Trả kết quả\" by one-stop\n  effective 2015-05-01")
            .Edit("  effective 2015-05-01\n  deadline",
                  "  deadline"),
            [
            "test.proc(36,3): error PRC1007: \"effective\" cannot stand here; it belongs among the procedure's facts, before \"documents\"",
            ]),
        Case("PRC1007 fact among steps vi", BaseProcedures.Vietnamese
            .Edit("  trả kết quả tra-ket-qua \"Trả kết quả\" do một cửa",
                  "  trả kết quả tra-ket-qua \"Trả kết quả\" do một cửa\n  hiệu lực 2015-05-01")
            .Edit("  hiệu lực 2015-05-01\n  thời hạn",
                  "  thời hạn"),
            [
            "test.proc(36,3): error PRC1007: \"hiệu lực\" không đặt ở đây được; dòng này thuộc phần thông tin thủ tục, trước \"thành phần hồ sơ\"",
            ]),
        Case("PRC1007 step before steps", BaseProcedures.English
            .Edit("documents\n",
                  "documents\n  post niem-yet \"Niêm yết\" by one-stop within 2 working days\n"),
            [
            "test.proc(20,3): error PRC1007: \"post\" cannot stand here; it belongs in the \"steps\" block",
            ]),
        Case("PRC1007 with in documents vi", BaseProcedures.Vietnamese
            .Edit("  \"Sổ bảo hiểm xã hội\" 1 bản chính",
                  "  \"Sổ bảo hiểm xã hội\" 1 bản chính\n  với \"Công an tỉnh\""),
            [
            "test.proc(23,3): error PRC1007: \"với\" không đặt ở đây được; dòng này thuộc dưới một bước",
            ]),
        Case("PRC1009 second procedure", BaseProcedures.English
            .Edit("  return tra-ket-qua \"Trả kết quả\" by one-stop",
                  "  return tra-ket-qua \"Trả kết quả\" by one-stop\n\nprocedure 1.001979 \"Thủ tục khác\"\n  field \"Việc làm\""),
            [
            "test.proc(38,1): error PRC1009: a file holds one procedure; \"1.001979\" starts a second one",
            ]),
        Case("PRC1009 second procedure vi", BaseProcedures.Vietnamese
            .Edit("  trả kết quả tra-ket-qua \"Trả kết quả\" do một cửa",
                  "  trả kết quả tra-ket-qua \"Trả kết quả\" do một cửa\n\nthủ tục 1.001979 \"Thủ tục khác\"\n  lĩnh vực \"Việc làm\""),
            [
            "test.proc(38,1): error PRC1009: mỗi tệp chỉ chứa một thủ tục; \"1.001979\" bắt đầu thủ tục thứ hai",
            ]),
        Case("PRC1007 unit without agency", "# language: en\nunit \"Phòng A\"\n",
            [
            "test.proc(2,1): error PRC1007: \"unit\" cannot stand here; it belongs under an \"agency\" line of a catalogue",
            ]),
        Case("PRC1007 case among facts", BaseProcedures.English
            .Edit("  effective 2015-05-01",
                  "  effective 2015-05-01\n  case \"Bị mất việc\""),
            [
            "test.proc(13,3): error PRC1007: \"case\" cannot stand here; it belongs in the \"documents\" block",
            ]),
    ];
}
