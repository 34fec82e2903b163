namespace Procedures.Language.Tests;

/// <summary>
/// Mistakes in the facts of the second edition (applicant windows, results and the refusal letter, fees by case,
/// duties, documents looked up or chosen one of), each on the valid base procedure, with the exact lines the checker prints.
/// </summary>
static partial class MessageCases
{
    const string ResultLineEn = "  result \"Quyết định hưởng trợ cấp thất nghiệp\"";
    const string ResultLineVi = "  kết quả \"Quyết định hưởng trợ cấp thất nghiệp\"";
    const string SocialBookEn = "  \"Sổ bảo hiểm xã hội\" 1 original";
    const string SocialBookVi = "  \"Sổ bảo hiểm xã hội\" 1 bản chính";

    /// <summary>The base procedure with a date field declared in its data block.</summary>
    static string WithDateField(string text, string field) => text.Edit("  Age \"Tuổi", $"  {field}\n  Age \"Tuổi");

    public static readonly MessageCase[] PublishedFactCases =
    [
        Case("PRC2070 window field unknown", WithDateField(BaseProcedures.English, "ContractEndDate \"Ngày chấm dứt hợp đồng\" date")
            .Edit(ResultLineEn, ResultLineEn + "\n  apply within 3 months of `ContractEnd`"),
            [
            "test.proc(18,29): error PRC2070: an applicant's window counts from a date of the dossier's data; \"ContractEnd\" is not a field of it",
            ]),
        Case("PRC2070 window field unknown vi", WithDateField(BaseProcedures.Vietnamese, "NgàyChấmDứt \"Ngày chấm dứt hợp đồng\" ngày tháng")
            .Edit(ResultLineVi, ResultLineVi + "\n  hạn nộp trong 3 tháng kể từ `NgàyChâmDứt`"),
            [
            "test.proc(18,32): error PRC2070: hạn nộp tính từ một ngày trong dữ liệu hồ sơ; \"NgàyChâmDứt\" không phải trường dữ liệu của hồ sơ; có phải \"NgàyChấmDứt\"?",
            ]),
        Case("PRC2071 window field not a date", BaseProcedures.English.Edit(ResultLineEn, ResultLineEn + "\n  apply within 3 months of `Age`"),
            [
            "test.proc(18,29): error PRC2071: an applicant's window counts from a date; \"Age\" is a whole number, not a date",
            ]),
        Case("PRC2071 window field not a date vi", BaseProcedures.Vietnamese.Edit(ResultLineVi, ResultLineVi + "\n  hạn nộp trước `Reason` ít nhất 15 ngày"),
            [
            "test.proc(18,18): error PRC2071: hạn nộp tính từ một ngày; \"Reason\" là một trong các giá trị, không phải ngày tháng",
            ]),
        Case("PRC2072 window in hours", WithDateField(BaseProcedures.English, "ContractEndDate \"Ngày chấm dứt hợp đồng\" date")
            .Edit(ResultLineEn, ResultLineEn + "\n  apply within 48 hours of `ContractEndDate`"),
            [
            "test.proc(18,19): error PRC2072: an applicant's window is not counted in hours; count it in working days, days, months or years",
            ]),
        Case("PRC2072 validity in working days vi", BaseProcedures.Vietnamese.Edit(ResultLineVi, ResultLineVi + " có giá trị 30 ngày làm việc"),
            [
            "test.proc(17,64): error PRC2072: thời hạn có giá trị của kết quả không tính bằng ngày làm việc; hãy tính bằng ngày, tháng hoặc năm",
            ]),
        Case("PRC2072 issued within working days", BaseProcedures.English.Edit(SocialBookEn, SocialBookEn + " issued within 2 working days"),
            [
            "test.proc(22,51): error PRC2072: how recently a document is issued is not counted in working days; count it in days, months or years",
            ]),
        Case("PRC2073 fee lines and channel fees", BaseProcedures.English.Edit(ResultLineEn, ResultLineEn + "\n  fee 50000 \"Lệ phí\" when `Age > 60`"),
            [
            "test.proc(14,48): error PRC2073: fees are given both on \"fee\" lines and on channel \"in-person\"; give them on \"fee\" lines only or on the channels only",
            "test.proc(15,45): error PRC2073: fees are given both on \"fee\" lines and on channel \"postal\"; give them on \"fee\" lines only or on the channels only",
            "test.proc(16,53): error PRC2073: fees are given both on \"fee\" lines and on channel \"online partial\"; give them on \"fee\" lines only or on the channels only",
            ]),
        Case("PRC2073 fee lines and channel fees vi", BaseProcedures.Vietnamese.Edit(ResultLineVi, ResultLineVi + "\n  phí 50000 \"Lệ phí\""),
            [
            "test.proc(14,50): error PRC2073: phí vừa ghi ở dòng \"phí\" vừa ghi ở cách thức \"trực tiếp\"; chỉ ghi ở các dòng \"phí\" hoặc chỉ ghi ở các cách thức",
            "test.proc(15,50): error PRC2073: phí vừa ghi ở dòng \"phí\" vừa ghi ở cách thức \"bưu chính\"; chỉ ghi ở các dòng \"phí\" hoặc chỉ ghi ở các cách thức",
            "test.proc(16,60): error PRC2073: phí vừa ghi ở dòng \"phí\" vừa ghi ở cách thức \"trực tuyến một phần\"; chỉ ghi ở các dòng \"phí\" hoặc chỉ ghi ở các cách thức",
            ]),
        Case("PRC2074 looked up with copies", BaseProcedures.English.Edit(SocialBookEn, SocialBookEn + " looked up in \"Cơ sở dữ liệu quốc gia về bảo hiểm\""),
            [
            "test.proc(22,26): error PRC2074: document \"Sổ bảo hiểm xã hội\" is looked up in \"Cơ sở dữ liệu quốc gia về bảo hiểm\": the applicant hands in no copy of it, so it takes no number of originals or copies",
            ]),
        Case("PRC2074 looked up with copies vi", BaseProcedures.Vietnamese.Edit(SocialBookVi, "  \"Sổ bảo hiểm xã hội\" tra cứu \"Cơ sở dữ liệu quốc gia về bảo hiểm\" 1 bản sao"),
            [
            "test.proc(22,71): error PRC2074: giấy tờ \"Sổ bảo hiểm xã hội\" do cơ quan tra cứu tại \"Cơ sở dữ liệu quốc gia về bảo hiểm\": người nộp không nộp bản nào, nên không ghi số bản chính, bản sao",
            ]),
        Case("PRC2075 linked procedure not in the folder", BaseProcedures.English
            .Edit(ResultLineEn, ResultLineEn + "\n  duty \"Thông báo về việc tìm kiếm việc làm hằng tháng\" procedure 1.000362"),
            [
            "test.proc(18,67): warning PRC2075: procedure 1.000362 is not in this folder, so its name cannot be shown",
            ]),
        Case("PRC2075 linked procedure not in the folder vi", BaseProcedures.Vietnamese.Edit(ResultLineVi, ResultLineVi + " thủ tục 1.000362"),
            [
            "test.proc(17,58): warning PRC2075: thủ tục 1.000362 không có trong thư mục này nên không hiện được tên",
            ]),
        Case("PRC2013 duty's procedure code malformed", BaseProcedures.English
            .Edit(ResultLineEn, ResultLineEn + "\n  duty \"Thông báo hằng tháng\" procedure 1000362"),
            [
            "test.proc(18,41): error PRC2013: malformed procedure code \"1000362\"; expected a digit, a dot and six digits, as in 1.001978",
            ]),
        Case("PRC2076 one of with one alternative", BaseProcedures.English
            .Edit(SocialBookEn, SocialBookEn + "\n  one of \"Giấy tờ chứng minh nơi cư trú\"\n    residence \"Giấy xác nhận thông tin về cư trú\" 1 copy"),
            [
            "test.proc(23,10): error PRC2076: \"one of\" \"Giấy tờ chứng minh nơi cư trú\" needs at least two documents indented under it; it has 1",
            ]),
        Case("PRC2076 one of with nothing indented vi", BaseProcedures.Vietnamese
            .Edit(SocialBookVi, SocialBookVi + "\n  một trong \"Giấy tờ chứng minh nơi cư trú\"\n  cu-tru \"Giấy xác nhận thông tin về cư trú\" 1 bản sao"),
            [
            "test.proc(23,13): error PRC2076: \"một trong\" \"Giấy tờ chứng minh nơi cư trú\" cần ít nhất hai giấy tờ thụt lề bên dưới; mới có 0",
            ]),
        Case("PRC1004 one of with counts of its own", BaseProcedures.English
            .Edit(SocialBookEn, SocialBookEn + "\n  one of \"Giấy tờ chứng minh nơi cư trú\" 1 copy\n    a \"A\" 1 copy\n    b \"B\" 1 copy"),
            [
            "test.proc(23,42): error PRC1004: unexpected number 1; expected \"optional\", \"when\" or end of line",
            ]),
        Case("PRC2018 refusal result twice vi", BaseProcedures.Vietnamese
            .Edit(ResultLineVi, ResultLineVi + "\n  kết quả từ chối \"Thông báo\"\n  kết quả từ chối \"Văn bản\""),
            [
            "test.proc(19,3): error PRC2018: \"kết quả từ chối\" được khai báo hai lần",
            ]),
        Case("PRC2015 validity in half years", BaseProcedures.English.Edit(ResultLineEn, ResultLineEn + " valid for 1.5 years"),
            [
            "test.proc(17,59): error PRC2015: invalid number 1.5: months and years are whole numbers",
            ]),
        Case("PRC2077 window in an agency-started procedure", WithDateField(BaseProcedures.English, "ContractEndDate \"Ngày chấm dứt hợp đồng\" date")
            .Edit("  agency \"Trung tâm Dịch vụ việc làm\"", "  agency \"Trung tâm Dịch vụ việc làm\"\n  started by agency")
            .Edit("  receive tiep-nhan \"Tiếp nhận hồ sơ\" by one-stop within 0.5 working days",
                  "  step tiep-nhan \"Lập hồ sơ\" by one-stop within 0.5 working days")
            .Edit(ResultLineEn, ResultLineEn + "\n  apply within 3 months of `ContractEndDate`"),
            [
            "test.proc(19,3): error PRC2077: a procedure its agency starts itself has no applicant, so it has no applicant's window",
            ]),
        Case("PRC2077 window in an agency-started procedure vi", WithDateField(BaseProcedures.Vietnamese, "NgàyChấmDứt \"Ngày chấm dứt hợp đồng\" ngày tháng")
            .Edit("  cơ quan \"Trung tâm Dịch vụ việc làm\"", "  cơ quan \"Trung tâm Dịch vụ việc làm\"\n  khởi xướng bởi cơ quan")
            .Edit("  tiếp nhận tiep-nhan \"Tiếp nhận hồ sơ\" do một cửa trong 0.5 ngày làm việc",
                  "  bước tiep-nhan \"Lập hồ sơ\" do một cửa trong 0.5 ngày làm việc")
            .Edit(ResultLineVi, ResultLineVi + "\n  hạn nộp trong 3 tháng kể từ `NgàyChấmDứt`"),
            [
            "test.proc(19,3): error PRC2077: thủ tục do cơ quan tự khởi xướng không có người nộp nên không có hạn nộp",
            ]),
        Case("PRC2078 payment in a phase the steps do not have", BaseProcedures.English.Edit(ResultLineEn, ResultLineEn + "\n  payment \"Hỗ trợ học nghề\" 1500000 phase dot-2"),
            [
            "test.proc(18,43): error PRC2078: payment \"Hỗ trợ học nghề\" is made in phase \"dot-2\", but the steps have no such phase",
            ]),
        Case("PRC2078 payment in a phase the steps do not have vi", BaseProcedures.Vietnamese.Edit(ResultLineVi, ResultLineVi + "\n  chi trả \"Hỗ trợ học nghề\" 1500000 giai đoạn dot-2"),
            [
            "test.proc(18,47): error PRC2078: khoản chi trả \"Hỗ trợ học nghề\" gắn với giai đoạn \"dot-2\" nhưng trình tự không có giai đoạn này",
            ]),
        Case("PRC2204 window condition reads an unknown field", WithDateField(BaseProcedures.English, "ContractEndDate \"Ngày chấm dứt hợp đồng\" date")
            .Edit(ResultLineEn, ResultLineEn + "\n  apply within 3 months of `ContractEndDate` when `Agee >= 18` late accepted"),
            [
            "test.proc(18,52): error PRC2204: \"Agee\" is not a field of the dossier's data; did you mean \"Age\"?",
            ]),
        Case("PRC2204 window condition reads an unknown field vi", WithDateField(BaseProcedures.Vietnamese, "NgàyChấmDứt \"Ngày chấm dứt hợp đồng\" ngày tháng")
            .Edit(ResultLineVi, ResultLineVi + "\n  hạn nộp trong 3 tháng kể từ `NgàyChấmDứt` khi `Agee >= 18` chậm vẫn nhận"),
            [
            "test.proc(18,50): error PRC2204: \"Agee\" không phải trường dữ liệu của hồ sơ; có phải \"Age\"?",
            ]),
        Case("PRC2204 requirement checks an unknown field", BaseProcedures.English
            .Edit("# The data block stands last", "requirements\n  \"Chưa tìm được việc làm\" check `Agee < 60`\n  \"Đã đóng bảo hiểm thất nghiệp đủ 12 tháng\"\n\n# The data block stands last"),
            [
            "test.proc(39,35): error PRC2204: \"Agee\" is not a field of the dossier's data; did you mean \"Age\"?",
            ]),
    ];
}
