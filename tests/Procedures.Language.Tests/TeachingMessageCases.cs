using System.Text;
using Procedures.Language.Text;

namespace Procedures.Language.Tests;

/// <summary>
/// Mistakes a new user makes (a misspelt keyword, a decimal comma, a day-first date, an ambiguous indentation,
/// a file saved in another encoding, no catalogue), each on the valid base procedure, with the exact lines printed.
/// </summary>
static partial class MessageCases
{
    static MessageCase WithoutCatalogue(string name, string text, string[] expected) =>
        Case(name, text, expected) with { WithoutCatalogue = true };

    /// <summary>The base text as a Windows editor saves it in UTF-16, with or without its byte-order mark.</summary>
    static SourceFile Utf16(string text, bool bigEndian, bool bom)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: false);
        byte[] mark = bom ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : [];
        return SourceFile.FromBytes(Checker.TestPath, [.. mark, .. encoding.GetBytes(text)]);
    }

    /// <summary>
    /// The base text in Windows-1258 as old Vietnamese editors wrote it: a base letter, a precomposed vowel
    /// (â ê ô ơ ư ă đ) where the code page has one, and the tone as a combining byte.
    /// </summary>
    static SourceFile Windows1258(string text)
    {
        var precomposed = new Dictionary<char, byte>
        {
            ['â'] = 0xE2, ['ê'] = 0xEA, ['ô'] = 0xF4, ['ơ'] = 0xF5, ['ư'] = 0xFD, ['ă'] = 0xE3, ['đ'] = 0xF0,
            ['Â'] = 0xC2, ['Ê'] = 0xCA, ['Ô'] = 0xD4, ['Ơ'] = 0xD5, ['Ư'] = 0xDD, ['Ă'] = 0xC3, ['Đ'] = 0xD0,
        };
        var tones = new Dictionary<char, byte> { ['\u0300'] = 0xCC, ['\u0301'] = 0xEC, ['\u0303'] = 0xDE, ['\u0309'] = 0xD2, ['\u0323'] = 0xF2 };
        var bytes = new List<byte>();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (c < 0x80)
                bytes.Add((byte)c);
            else if (tones.TryGetValue(c, out var tone))
                bytes.Add(tone);
            else if (c is '\u0302' or '\u031B' or '\u0306')
            {
                // circumflex, horn, breve: fold into the letter before
                var letter = (char)bytes[^1];
                var composed = (letter + c.ToString()).Normalize(NormalizationForm.FormC)[0];
                bytes[^1] = precomposed.TryGetValue(composed, out var b) ? b : (byte)'?';
            }
            else
                bytes.Add(precomposed.TryGetValue(c, out var b) ? b : (byte)'?');
        }
        return SourceFile.FromBytes(Checker.TestPath, bytes.ToArray());
    }

    /// <summary>
    /// The base text with every accented letter as one byte of 0xA1–0xFE, as TCVN3 (ABC) fonts store them:
    /// not the real table, but bytes that are invalid UTF-8 in the same way.
    /// </summary>
    static SourceFile OneBytePerLetter(string text) =>
        SourceFile.FromBytes(Checker.TestPath, text.Select(c => c < 0x80 ? (byte)c : (byte)(0xA1 + c % 94)).ToArray());

    public static readonly MessageCase[] TeachingCases =
    [
        // ---- misspelt keywords ----
        Case("PRC1012 field misspelt", BaseProcedures.English
            .Edit("  field \"Việc làm\"",
                  "  feild \"Việc làm\""),
            [
            "test.proc(4,3): error PRC1012: \"feild\" is not a keyword; did you mean \"field\"?",
            ]),
        Case("PRC1012 field without its last diacritic vi", BaseProcedures.Vietnamese
            .Edit("  lĩnh vực \"Việc làm\"",
                  "  lĩnh vưc \"Việc làm\""),
            [
            "test.proc(4,3): error PRC1012: \"lĩnh vưc\" không phải là từ khóa; có phải \"lĩnh vực\"?",
            ]),
        Case("PRC1012 receive misspelt", BaseProcedures.English
            .Edit("  receive tiep-nhan",
                  "  reveive tiep-nhan"),
            [
            "test.proc(25,3): error PRC1012: \"reveive\" is not a keyword; did you mean \"receive\"?",
            ]),
        Case("PRC1012 receive without diacritics vi", BaseProcedures.Vietnamese
            .Edit("  tiếp nhận tiep-nhan",
                  "  tiep nhan tiep-nhan"),
            [
            "test.proc(25,3): error PRC1012: \"tiep nhan\" không phải là từ khóa; có phải \"tiếp nhận\"?",
            ]),
        Case("PRC1012 steps block misspelt vi", BaseProcedures.Vietnamese
            .Edit("trình tự\n",
                  "trình tư\n"),
            [
            "test.proc(24,1): error PRC1012: \"trình tư\" không phải là từ khóa; có phải \"trình tự\"?",
            ]),
        Case("PRC1012 documents block misspelt", BaseProcedures.English
            .Edit("documents\n",
                  "documnets\n"),
            [
            "test.proc(19,1): error PRC1012: \"documnets\" is not a keyword; did you mean \"documents\"?",
            ]),
        Case("PRC1012 request completion misspelt vi", BaseProcedures.Vietnamese
            .Edit("thieu -> yêu cầu bổ sung",
                  "thieu -> yêu cầu bổ xung"),
            [
            "test.proc(28,14): error PRC1012: \"yêu cầu bổ xung\" không phải là từ khóa; có phải \"yêu cầu bổ sung\"?",
            ]),
        Case("PRC1012 certified copy misspelt", BaseProcedures.English
            .Edit("1 certified copy",
                  "1 certifed copy"),
            [
            "test.proc(21,70): error PRC1012: \"certifed copy\" is not a keyword; did you mean \"certified copy\"?",
            ]),

        // ---- unknown step kind ----
        Case("PRC1013 unknown step kind", BaseProcedures.English
            .Edit("  return tra-ket-qua",
                  "  send send-decision \"Send the decision\" by one-stop\n  return tra-ket-qua"),
            [
            "test.proc(36,3): error PRC1013: unknown step kind \"send\"; a step line starts with \"receive\", \"step\", \"await\", \"consult\", \"route\", \"forward\", \"transfer\", \"post\", \"branch\", \"notify\" or \"return\"",
            ]),
        Case("PRC1013 unknown step kind vi", BaseProcedures.Vietnamese
            .Edit("  trả kết quả tra-ket-qua",
                  "  gửi gui-qd \"Gửi quyết định\" do một cửa\n  trả kết quả tra-ket-qua"),
            [
            "test.proc(36,3): error PRC1013: không có loại bước \"gửi\"; dòng bước bắt đầu bằng \"tiếp nhận\", \"bước\", \"chờ\", \"lấy ý kiến\", \"luân chuyển\", \"chuyển cấp trên\", \"chuyển\", \"niêm yết\", \"rẽ nhánh\", \"thông báo\" hoặc \"trả kết quả\"",
            ]),

        // ---- values written the Vietnamese way ----
        Case("PRC1010 decimal comma", BaseProcedures.English
            .Edit("within 1.5 working days",
                  "within 1,5 working days"),
            [
            "test.proc(33,92): error PRC1010: \"1,5\" is written with a decimal comma; write \"1.5\"",
            ]),
        Case("PRC1010 decimal comma vi", BaseProcedures.Vietnamese
            .Edit("trong 0.5 ngày làm việc",
                  "trong 0,5 ngày làm việc"),
            [
            "test.proc(25,58): error PRC1010: số \"0,5\" viết bằng dấu phẩy thập phân; hãy viết \"0.5\" (dùng dấu chấm)",
            ]),
        Case("PRC2015 fee with a thousands comma", BaseProcedures.English
            .Edit("channel postal within 20 working days fee 0",
                  "channel postal within 20 working days fee 50,000"),
            [
            "test.proc(15,45): error PRC2015: invalid number 50,000: a fee is whole đồng without separators, e.g. 50000",
            ]),
        Case("PRC1011 day-first date", BaseProcedures.English
            .Edit("  effective 2015-05-01",
                  "  effective 1.5.2015"),
            [
            "test.proc(12,13): error PRC1011: date \"1.5.2015\" is written day/month/year; write \"2015-05-01\"",
            ]),
        Case("PRC1011 day-first date with dashes", BaseProcedures.English
            .Edit("  effective 2015-05-01",
                  "  effective 01-05-2015"),
            [
            "test.proc(12,13): error PRC1011: date \"01-05-2015\" is written day/month/year; write \"2015-05-01\"",
            ]),
        Case("PRC1011 day-first date vi", BaseProcedures.Vietnamese
            .Edit("  hiệu lực 2015-05-01",
                  "  hiệu lực 01/07/2015"),
            [
            "test.proc(12,12): error PRC1011: ngày \"01/07/2015\" viết theo kiểu ngày/tháng/năm; hãy viết \"2015-07-01\" (năm-tháng-ngày)",
            ]),
        Case("PRC1011 day-first date that does not exist vi", BaseProcedures.Vietnamese
            .Edit("  hiệu lực 2015-05-01",
                  "  hiệu lực 31/02/2015"),
            [
            "test.proc(12,12): error PRC1011: ngày \"31/02/2015\" viết theo kiểu ngày/tháng/năm; hãy viết \"2015-02-31\" (năm-tháng-ngày)",
            "test.proc(12,12): error PRC2016: ngày không hợp lệ 2015-02-31: không có ngày này",
            ]),

        // ---- empty files ----
        Case("PRC1014 empty file", "",
            [
            "test.proc(1,1): warning PRC1014: the file is empty; a procedure file starts with a line such as: procedure 1.001978 \"Giải quyết hưởng trợ cấp thất nghiệp\"",
            ]),
        Case("PRC1014 only comments", "# language: en\n# Licence procedure: to be written.\n",
            [
            "test.proc(1,1): warning PRC1014: the file holds only comments; a procedure file starts with a line such as: procedure 1.001978 \"Giải quyết hưởng trợ cấp thất nghiệp\"",
            ]),
        Case("PRC1014 only comments vi", "# language: vi\n# Thủ tục cấp giấy phép: sẽ viết sau.\n",
            [
            "test.proc(1,1): warning PRC1014: tệp chỉ có chú thích; tệp thủ tục bắt đầu bằng một dòng như: thủ tục 1.001978 \"Giải quyết hưởng trợ cấp thất nghiệp\"",
            ]),

        // ---- files in another encoding ----
        Case("PRC1015 UTF-16 with byte-order mark vi", Utf16(BaseProcedures.Vietnamese, bigEndian: false, bom: true),
            [
            "test.proc(1,1): error PRC1015: tệp được lưu bằng bảng mã UTF-16 little-endian, không phải UTF-8, nên không đọc được; hãy lưu lại dạng UTF-8 (trong Notepad: File → Save As → Encoding: UTF-8)",
            ]),
        Case("PRC1015 UTF-16 big-endian without byte-order mark", Utf16(BaseProcedures.English, bigEndian: true, bom: false),
            [
            "test.proc(1,1): error PRC1015: the file is saved in UTF-16 big-endian, not UTF-8, and cannot be read; save it as UTF-8 (in Notepad: File → Save As → Encoding: UTF-8)",
            ]),
        Case("PRC1015 UTF-16 without byte-order mark vi", Utf16(BaseProcedures.Vietnamese, bigEndian: false, bom: false),
            [
            "test.proc(1,1): error PRC1015: tệp được lưu bằng bảng mã UTF-16 little-endian, không phải UTF-8, nên không đọc được; hãy lưu lại dạng UTF-8 (trong Notepad: File → Save As → Encoding: UTF-8)",
            ]),
        Case("PRC1015 Windows-1258 vi", Windows1258(BaseProcedures.Vietnamese),
            [
            "test.proc(1,1): error PRC1015: tệp được lưu bằng bảng mã 8-bit cũ (Windows-1258, TCVN3 hoặc VNI), không phải UTF-8, nên không đọc được; hãy lưu lại dạng UTF-8 (trong Notepad: File → Save As → Encoding: UTF-8)",
            ]),
        Case("PRC1015 Windows-1258 without a language line", Windows1258(BaseProcedures.Vietnamese.Edit("# language: vi\n", "")),
            [
            "test.proc(1,1): error PRC1015: tệp được lưu bằng bảng mã 8-bit cũ (Windows-1258, TCVN3 hoặc VNI), không phải UTF-8, nên không đọc được; hãy lưu lại dạng UTF-8 (trong Notepad: File → Save As → Encoding: UTF-8)",
            ]),

        Case("PRC1015 one byte per accented letter vi", OneBytePerLetter(BaseProcedures.Vietnamese),
            [
            "test.proc(1,1): error PRC1015: tệp được lưu bằng bảng mã 8-bit cũ (Windows-1258, TCVN3 hoặc VNI), không phải UTF-8, nên không đọc được; hãy lưu lại dạng UTF-8 (trong Notepad: File → Save As → Encoding: UTF-8)",
            ]),

        // ---- indentation that may mean another place ----
        Case("PRC1016 document indented like the cases", BaseProcedures.English
            .Edit("  \"Sổ bảo hiểm xã hội\" 1 original",
                  "  \"Sổ bảo hiểm xã hội\" 1 original\n  case \"Bị mất việc\"\n    notice \"Thông báo\" 1 copy\n  letter \"Thư xác nhận\" 1 copy"),
            [
            "test.proc(25,3): warning PRC1016: document \"Thư xác nhận\" is indented like the case lines but belongs to case \"Bị mất việc\"; indent it under the case, or move it above the cases to make it common to all",
            ]),
        Case("PRC1016 document indented like the cases vi", BaseProcedures.Vietnamese
            .Edit("  \"Sổ bảo hiểm xã hội\" 1 bản chính",
                  "  \"Sổ bảo hiểm xã hội\" 1 bản chính\n  trường hợp \"Bị mất việc\"\n    thong-bao \"Thông báo\" 1 bản sao\n  thu \"Thư xác nhận\" 1 bản sao"),
            [
            "test.proc(25,3): warning PRC1016: giấy tờ \"Thư xác nhận\" thụt lề như các dòng trường hợp nhưng thuộc trường hợp \"Bị mất việc\"; hãy thụt vào dưới trường hợp đó, hoặc chuyển lên trên các trường hợp để dùng chung cho mọi trường hợp",
            ]),
        Case("PRC1017 outcome indented like the steps", BaseProcedures.English
            .Edit("    approve -> tra-ket-qua",
                  "  approve -> tra-ket-qua"),
            [
            "test.proc(34,3): warning PRC1017: \"approve -> tra-ket-qua\" is indented like the step lines but belongs to step \"quyet-dinh\"; indent it under the step",
            ]),
        Case("PRC1017 with indented like the steps vi", BaseProcedures.Vietnamese
            .Edit("    với \"Bảo hiểm xã hội tỉnh\"",
                  "  với \"Bảo hiểm xã hội tỉnh\""),
            [
            "test.proc(31,3): warning PRC1017: \"với\" thụt lề như các dòng bước nhưng thuộc bước \"xac-nhan\"; hãy thụt vào dưới bước đó",
            ]),

        // ---- no catalogue ----
        WithoutCatalogue("PRC2034 catalogue not found", BaseProcedures.English,
            [
            "test.proc(1,1): error PRC2034: the shared catalogue was not found: no agency, document or subject was read; put a \"catalogue\" folder holding agencies.proc, documents.proc and subjects.proc beside this file or in a folder above it",
            ]),
        WithoutCatalogue("PRC2034 catalogue not found vi", BaseProcedures.Vietnamese,
            [
            "test.proc(1,1): error PRC2034: không tìm thấy danh mục dùng chung: chưa đọc được cơ quan, giấy tờ hay đối tượng nào; hãy đặt thư mục \"catalogue\" chứa agencies.proc, documents.proc và subjects.proc cạnh tệp này hoặc ở một thư mục bên trên",
            ]),
    ];
}
