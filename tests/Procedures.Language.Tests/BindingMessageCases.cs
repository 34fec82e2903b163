using Procedures.Language.Text;

namespace Procedures.Language.Tests;

/// <summary>Mistakes found while checking what a file says (PRC2xxx), each on the valid base procedure, with the exact lines the checker prints.</summary>
static partial class MessageCases
{
    public static readonly MessageCase[] BindingCases =
    [
        Case("PRC2001 code used twice", BaseProcedures.English,
            [
            "test.proc(3,11): error PRC2001: procedure code 1.001978 is already used in other.proc",
            ], others: [new SourceFile("other.proc", BaseProcedures.English)]),
        Case("PRC2001 code used twice vi", BaseProcedures.Vietnamese,
            [
            "test.proc(3,9): error PRC2001: mã thủ tục 1.001978 đã được dùng trong other.proc",
            ], others: [new SourceFile("other.proc", BaseProcedures.Vietnamese)]),
        Case("PRC2002 step id twice", BaseProcedures.English
            .Edit("  step quyet-dinh \"Ký",
                  "  step trinh \"Ký")
            .Edit("approve -> tra-ket-qua",
                  "approve -> tra-ket-qua"),
            [
            "test.proc(33,8): error PRC2002: step \"trinh\" is declared twice; first at test.proc(32,8)",
            "test.proc(36,3): error PRC2008: step \"tra-ket-qua\" can never be reached",
            ]),
        Case("PRC2002 document id twice", BaseProcedures.English
            .Edit("  \"Sổ bảo hiểm xã hội\" 1 original",
                  "  \"Sổ bảo hiểm xã hội\" 1 original\n  request \"Đơn đề nghị bổ sung\" 1 copy"),
            [
            "test.proc(23,3): error PRC2002: document \"request\" is declared twice; first at test.proc(20,3)",
            ]),
        Case("PRC2002 document id twice vi", BaseProcedures.Vietnamese
            .Edit("  \"Sổ bảo hiểm xã hội\" 1 bản chính",
                  "  \"Sổ bảo hiểm xã hội\" 1 bản chính\n  don-de-nghi \"Đơn đề nghị bổ sung\" 1 bản sao"),
            [
            "test.proc(23,3): error PRC2002: giấy tờ \"don-de-nghi\" được khai báo hai lần; lần đầu tại test.proc(20,3)",
            ]),
        Case("PRC2002 case name twice", BaseProcedures.English
            .Edit("  \"Sổ bảo hiểm xã hội\" 1 original",
                  "  \"Sổ bảo hiểm xã hội\" 1 original\n  case \"Bị mất việc\"\n    notice \"Thông báo\" 1 copy\n  case \"Bị mất việc\"\n    letter \"Thư\" 1 copy"),
            [
            "test.proc(25,8): error PRC2002: case \"Bị mất việc\" is declared twice; first at test.proc(23,8)",
            ]),
        Case("PRC2003 coordinating agency misspelt", BaseProcedures.English
            .Edit("\"Sở Nội vụ\", \"Bảo hiểm xã hội tỉnh\"",
                  "\"Sở Nội vụ\", \"Bảo hiểm xã hội tinh\""),
            [
            "test.proc(7,29): error PRC2003: unknown agency \"Bảo hiểm xã hội tinh\"; did you mean \"Bảo hiểm xã hội tỉnh\"?",
            ]),
        Case("PRC2003 coordinating agency misspelt vi", BaseProcedures.Vietnamese
            .Edit("\"Sở Nội vụ\", \"Bảo hiểm xã hội tỉnh\"",
                  "\"Sở Nội vụ\", \"Bảo hiểm xã hội tinh\""),
            [
            "test.proc(7,33): error PRC2003: không có cơ quan \"Bảo hiểm xã hội tinh\"; có phải \"Bảo hiểm xã hội tỉnh\"?",
            ]),
        Case("PRC2003 unknown agency no suggestion", BaseProcedures.English
            .Edit("    with \"Bảo hiểm xã hội tỉnh\" within 2 working days",
                  "    with \"Cục Thuế\" within 2 working days"),
            [
            "test.proc(31,10): error PRC2003: unknown agency \"Cục Thuế\"",
            ]),
        Case("PRC2005 shared document misspelt", BaseProcedures.English
            .Edit("  \"Sổ bảo hiểm xã hội\" 1 original",
                  "  \"Sổ bảo hiểm xa hoi\" 1 original"),
            [
            "test.proc(22,3): error PRC2005: unknown shared document \"Sổ bảo hiểm xa hoi\"; did you mean \"Sổ bảo hiểm xã hội\"?",
            ]),
        Case("PRC2005 shared document misspelt vi", BaseProcedures.Vietnamese
            .Edit("  \"Sổ bảo hiểm xã hội\" 1 bản chính",
                  "  \"Sổ bảo hiểm xa hoi\" 1 bản chính"),
            [
            "test.proc(22,3): error PRC2005: không có giấy tờ dùng chung \"Sổ bảo hiểm xa hoi\"; có phải \"Sổ bảo hiểm xã hội\"?",
            ]),
        Case("PRC2005 shared document unknown", BaseProcedures.English
            .Edit("  \"Sổ bảo hiểm xã hội\" 1 original",
                  "  \"Sổ hộ khẩu\" 1 original"),
            [
            "test.proc(22,3): error PRC2005: unknown shared document \"Sổ hộ khẩu\"",
            ]),
        Case("PRC2006 unknown subject", BaseProcedures.English
            .Edit("  applicants ĐT1",
                  "  applicants ĐT3"),
            [
            "test.proc(8,14): error PRC2006: unknown subject code ĐT3; did you mean \"ĐT1\"?",
            ]),
        Case("PRC2006 unknown subject vi", BaseProcedures.Vietnamese
            .Edit("  đối tượng thực hiện ĐT1",
                  "  đối tượng thực hiện DT1"),
            [
            "test.proc(8,23): error PRC2006: không có mã đối tượng DT1; có phải \"ĐT1\"?",
            ]),
        Case("PRC2007 unknown step", BaseProcedures.English
            .Edit("approve -> tra-ket-qua",
                  "approve -> tra-ket-qa"),
            [
            "test.proc(34,16): error PRC2007: unknown step \"tra-ket-qa\"; did you mean \"tra-ket-qua\"?",
            "test.proc(36,3): error PRC2008: step \"tra-ket-qua\" can never be reached",
            ]),
        Case("PRC2007 unknown step vi", BaseProcedures.Vietnamese
            .Edit("dong-y -> tra-ket-qua",
                  "dong-y -> tra-ket-qa"),
            [
            "test.proc(34,15): error PRC2007: không có bước \"tra-ket-qa\"; có phải \"tra-ket-qua\"?",
            "test.proc(36,3): error PRC2008: bước \"tra-ket-qua\" không bao giờ được thực hiện",
            ]),
        Case("PRC2008 skipped step", BaseProcedures.English
            .Edit("sufficient -> xac-nhan",
                  "sufficient -> trinh"),
            [
            "test.proc(30,3): error PRC2008: step \"xac-nhan\" can never be reached",
            ]),
        Case("PRC2008 skipped step vi", BaseProcedures.Vietnamese
            .Edit("du -> xac-nhan",
                  "du -> trinh"),
            [
            "test.proc(30,3): error PRC2008: bước \"xac-nhan\" không bao giờ được thực hiện",
            ]),
        Case("PRC2009 loop without return", BaseProcedures.English
            .Edit("    approve -> tra-ket-qua\n    reject -> refuse",
                  "    approve -> trinh"),
            [
            "test.proc(30,3): error PRC2009: step \"xac-nhan\" has no path to the return of the result",
            "test.proc(32,3): error PRC2009: step \"trinh\" has no path to the return of the result",
            "test.proc(33,3): error PRC2009: step \"quyet-dinh\" has no path to the return of the result",
            "test.proc(35,3): error PRC2008: step \"tra-ket-qua\" can never be reached",
            ]),
        Case("PRC2009 loop without return vi", BaseProcedures.Vietnamese
            .Edit("    dong-y -> tra-ket-qua\n    tu-choi -> từ chối",
                  "    dong-y -> trinh"),
            [
            "test.proc(30,3): error PRC2009: từ bước \"xac-nhan\" không có đường đến bước trả kết quả",
            "test.proc(32,3): error PRC2009: từ bước \"trinh\" không có đường đến bước trả kết quả",
            "test.proc(33,3): error PRC2009: từ bước \"quyet-dinh\" không có đường đến bước trả kết quả",
            "test.proc(35,3): error PRC2008: bước \"tra-ket-qua\" không bao giờ được thực hiện",
            ]),
        Case("PRC2010 first step is not a receipt", BaseProcedures.English
            .Edit("  receive tiep-nhan",
                  "  step tiep-nhan"),
            [
            "test.proc(25,3): error PRC2010: the steps must begin with a receipt (\"receive\")",
            ]),
        Case("PRC2010 first step is not a receipt vi", BaseProcedures.Vietnamese
            .Edit("  tiếp nhận tiep-nhan",
                  "  bước tiep-nhan"),
            [
            "test.proc(25,3): error PRC2010: trình tự phải bắt đầu bằng bước tiếp nhận (\"tiếp nhận\")",
            ]),
        Case("PRC2010 empty steps block", BaseProcedures.English
            .Edit("  receive tiep-nhan",
                  "  # receive tiep-nhan")
            .Edit("  step tham-dinh",
                  "  # step tham-dinh")
            .Edit("    sufficient",
                  "    # sufficient")
            .Edit("    insufficient",
                  "    # insufficient")
            .Edit("    not-eligible",
                  "    # not-eligible")
            .Edit("  consult",
                  "  # consult")
            .Edit("    with",
                  "    # with")
            .Edit("  step trinh",
                  "  # step trinh")
            .Edit("  step quyet",
                  "  # step quyet")
            .Edit("    approve",
                  "    # approve")
            .Edit("    reject",
                  "    # reject")
            .Edit("  return",
                  "  # return"),
            [
            "test.proc(24,1): error PRC2010: the steps must begin with a receipt (\"receive\")",
            "test.proc(24,1): error PRC2011: the steps have no return of the result; add a \"return\" step",
            ]),
        Case("PRC2011 no return step", BaseProcedures.English
            .Edit("  return tra-ket-qua \"Trả kết quả\" by one-stop",
                  "  step tra-ket-qua \"Trả kết quả\" by one-stop"),
            [
            "test.proc(36,3): error PRC2011: the steps have no return of the result; add a \"return\" step",
            "test.proc(36,8): warning PRC2027: step \"tra-ket-qua\" has no time limit",
            ]),
        Case("PRC2011 no return step vi", BaseProcedures.Vietnamese
            .Edit("  trả kết quả tra-ket-qua \"Trả kết quả\" do một cửa",
                  "  bước tra-ket-qua \"Trả kết quả\" do một cửa"),
            [
            "test.proc(36,3): error PRC2011: trình tự không có bước trả kết quả; thêm bước \"trả kết quả\"",
            "test.proc(36,8): warning PRC2027: bước \"tra-ket-qua\" chưa có thời hạn",
            ]),
        Case("PRC2012 steps longer than deadline", BaseProcedures.English
            .Edit("  deadline 20 working days",
                  "  deadline 15 working days"),
            [
            "test.proc(25,3): error PRC2012: the steps take 20 working days along \"tiep-nhan → tham-dinh → xac-nhan → trinh → quyet-dinh → tra-ket-qua\", more than the procedure's 15 working days",
            ]),
        Case("PRC2012 steps longer than deadline vi", BaseProcedures.Vietnamese
            .Edit("  thời hạn 20 ngày làm việc",
                  "  thời hạn 15 ngày làm việc"),
            [
            "test.proc(25,3): error PRC2012: các bước mất 20 ngày làm việc theo đường \"tiep-nhan → tham-dinh → xac-nhan → trinh → quyet-dinh → tra-ket-qua\", quá thời hạn 15 ngày làm việc của thủ tục",
            ]),
        Case("PRC2012 one working day deadline", BaseProcedures.English
            .Edit("  deadline 20 working days",
                  "  deadline 1 working day"),
            [
            "test.proc(25,3): error PRC2012: the steps take 20 working days along \"tiep-nhan → tham-dinh → xac-nhan → trinh → quyet-dinh → tra-ket-qua\", more than the procedure's 1 working day",
            ]),
        Case("PRC2013 malformed code", BaseProcedures.English
            .Edit("procedure 1.001978",
                  "procedure 1.1978"),
            [
            "test.proc(3,11): error PRC2013: malformed procedure code \"1.1978\"; expected a digit, a dot and six digits, as in 1.001978",
            ]),
        Case("PRC2013 malformed code vi", BaseProcedures.Vietnamese
            .Edit("thủ tục 1.001978",
                  "thủ tục 1001978"),
            [
            "test.proc(3,9): error PRC2013: mã thủ tục \"1001978\" sai dạng; cần một chữ số, dấu chấm và sáu chữ số, ví dụ 1.001978",
            ]),
        Case("PRC2014 effective after abolished", BaseProcedures.English
            .Edit("  effective 2015-05-01",
                  "  effective 2015-05-01\n  abolished 2010-01-01 by \"Quyết định 12/QĐ-BNV\""),
            [
            "test.proc(12,13): error PRC2014: effective date 2015-05-01 is after the abolition date 2010-01-01",
            ]),
        Case("PRC2014 effective after abolished vi", BaseProcedures.Vietnamese
            .Edit("  hiệu lực 2015-05-01",
                  "  hiệu lực 2015-05-01\n  bãi bỏ 2010-01-01 do \"Quyết định 12/QĐ-BNV\""),
            [
            "test.proc(12,12): error PRC2014: ngày hiệu lực 2015-05-01 sau ngày bãi bỏ 2010-01-01",
            ]),
        Case("PRC2015 working days in thirds", BaseProcedures.English
            .Edit("within 0.5 working days",
                  "within 0.3 working days"),
            [
            "test.proc(25,58): error PRC2015: invalid number 0.3: working days count in halves (0.5, 1.5 …)",
            ]),
        Case("PRC2015 working days in thirds vi", BaseProcedures.Vietnamese
            .Edit("trong 0.5 ngày làm việc",
                  "trong 0.3 ngày làm việc"),
            [
            "test.proc(25,58): error PRC2015: số không hợp lệ 0.3: ngày làm việc tính theo nửa ngày (0.5, 1.5 …)",
            ]),
        Case("PRC2015 calendar days in halves", BaseProcedures.English
            .Edit("  deadline 20 working days",
                  "  deadline 20.5 days"),
            [
            "test.proc(13,12): error PRC2015: invalid number 20.5: calendar days are whole days",
            ]),
        Case("PRC2015 zero time limit", BaseProcedures.English
            .Edit("within 15 working days",
                  "within 0 working days"),
            [
            "test.proc(26,75): error PRC2015: invalid number 0: a time limit must be more than zero",
            ]),
        Case("PRC2015 hours in thirds", BaseProcedures.English
            .Edit("within 0.5 working days",
                  "within 0.3 hours"),
            [
            "test.proc(25,58): error PRC2015: invalid number 0.3: hours count in quarters (0.25, 0.5 …)",
            ]),
        Case("PRC2015 too long", BaseProcedures.English
            .Edit("within 15 working days",
                  "within 4000 working days"),
            [
            "test.proc(26,75): error PRC2015: invalid number 4000: a time limit that long is not plausible",
            ]),
        Case("PRC2015 count too large", BaseProcedures.English
            .Edit("  \"Sổ bảo hiểm xã hội\" 1 original",
                  "  \"Sổ bảo hiểm xã hội\" 100 originals"),
            [
            "test.proc(22,24): error PRC2015: invalid number 100: a number of sets is a whole number from 0 to 99",
            ]),
        Case("PRC2015 count with decimals vi", BaseProcedures.Vietnamese
            .Edit("  \"Sổ bảo hiểm xã hội\" 1 bản chính",
                  "  \"Sổ bảo hiểm xã hội\" 1.5 bản chính"),
            [
            "test.proc(22,24): error PRC2015: số không hợp lệ 1.5: số bản là số nguyên từ 0 đến 99",
            ]),
        Case("PRC2015 fee with separator", BaseProcedures.English
            .Edit("channel postal within 20 working days fee 0",
                  "channel postal within 20 working days fee 50.000"),
            [
            "test.proc(15,45): error PRC2015: invalid number 50.000: a fee is whole đồng without separators, e.g. 50000",
            ]),
        Case("PRC2015 fee with separator vi", BaseProcedures.Vietnamese
            .Edit("cách thức bưu chính trong 20 ngày làm việc phí 0",
                  "cách thức bưu chính trong 20 ngày làm việc phí 50.000"),
            [
            "test.proc(15,50): error PRC2015: số không hợp lệ 50.000: phí ghi bằng số đồng nguyên, không dấu phân cách, ví dụ 50000",
            ]),
        Case("PRC2016 no such day", BaseProcedures.English
            .Edit("  effective 2015-05-01",
                  "  effective 2015-02-30"),
            [
            "test.proc(12,13): error PRC2016: invalid date 2015-02-30: no such day",
            ]),
        Case("PRC2016 no such day vi", BaseProcedures.Vietnamese
            .Edit("  hiệu lực 2015-05-01",
                  "  hiệu lực 2015-13-01"),
            [
            "test.proc(12,12): error PRC2016: ngày không hợp lệ 2015-13-01: không có ngày này",
            ]),
        Case("PRC2017 no result", BaseProcedures.English
            .Edit("  result \"Quyết định hưởng trợ cấp thất nghiệp\"\n",
                  ""),
            [
            "test.proc(3,1): error PRC2017: procedure 1.001978 does not say its result; add a \"result\" line",
            ]),
        Case("PRC2017 no result vi", BaseProcedures.Vietnamese
            .Edit("  kết quả \"Quyết định hưởng trợ cấp thất nghiệp\"\n",
                  ""),
            [
            "test.proc(3,1): error PRC2017: thủ tục 1.001978 chưa có kết quả; thêm dòng \"kết quả\"",
            ]),
        Case("PRC2017 no field and no basis", BaseProcedures.English
            .Edit("  field \"Việc làm\"\n",
                  "")
            .Edit("  basis \"38/2013/QH13\" \"Luật Việc làm\" article 46\n",
                  "")
            .Edit("  basis \"28/2015/NĐ-CP\" \"Nghị định quy định chi tiết thi hành một số điều của Luật Việc làm về bảo hiểm thất nghiệp\" article 18\n",
                  "")
            .Edit("  basis \"61/2020/NĐ-CP\" \"Nghị định sửa đổi, bổ sung một số điều của Nghị định số 28/2015/NĐ-CP\"\n",
                  ""),
            [
            "test.proc(3,1): error PRC2017: procedure 1.001978 does not say its field; add a \"field\" line",
            "test.proc(3,1): error PRC2017: procedure 1.001978 does not say its legal basis; add a \"basis\" line",
            ]),
        Case("PRC2017 no documents block vi", BaseProcedures.Vietnamese
            .Edit("thành phần hồ sơ\n  don-de-nghi \"Đề nghị hưởng trợ cấp thất nghiệp\" mẫu \"Mẫu số 03\" 1 bản chính\n  \"Quyết định thôi việc hoặc thông báo chấm dứt hợp đồng lao động\" 1 bản sao chứng thực\n  \"Sổ bảo hiểm xã hội\" 1 bản chính\n\n",
                  ""),
            [
            "test.proc(3,1): error PRC2017: thủ tục 1.001978 chưa có thành phần hồ sơ; thêm dòng \"thành phần hồ sơ\"",
            ]),
        Case("PRC2017 no steps block", BaseProcedures.English[..BaseProcedures.English.IndexOf("steps\n", StringComparison.Ordinal)],
            [
            "test.proc(3,1): error PRC2017: procedure 1.001978 does not say its steps; add a \"steps\" line",
            ]),
        Case("PRC2017 no channel vi", BaseProcedures.Vietnamese
            .Edit("  cách thức trực tiếp trong 20 ngày làm việc phí 0\n",
                  "")
            .Edit("  cách thức bưu chính trong 20 ngày làm việc phí 0\n",
                  "")
            .Edit("  cách thức trực tuyến một phần trong 20 ngày làm việc phí 0\n",
                  ""),
            [
            "test.proc(3,1): error PRC2017: thủ tục 1.001978 chưa có cách thức thực hiện; thêm dòng \"cách thức\"",
            ]),
        Case("PRC2018 field twice", BaseProcedures.English
            .Edit("  field \"Việc làm\"",
                  "  field \"Việc làm\"\n  field \"Lao động\""),
            [
            "test.proc(5,3): error PRC2018: \"field\" is given twice",
            ]),
        Case("PRC2018 field twice vi", BaseProcedures.Vietnamese
            .Edit("  lĩnh vực \"Việc làm\"",
                  "  lĩnh vực \"Việc làm\"\n  lĩnh vực \"Lao động\""),
            [
            "test.proc(5,3): error PRC2018: \"lĩnh vực\" được khai báo hai lần",
            ]),
        Case("PRC2018 by twice on a step", BaseProcedures.English
            .Edit("  return tra-ket-qua \"Trả kết quả\" by one-stop",
                  "  return tra-ket-qua \"Trả kết quả\" by one-stop by \"Phòng Bảo hiểm thất nghiệp\""),
            [
            "test.proc(36,48): error PRC2018: \"by\" is given twice",
            ]),
        Case("PRC2018 originals twice", BaseProcedures.English
            .Edit("  \"Sổ bảo hiểm xã hội\" 1 original",
                  "  \"Sổ bảo hiểm xã hội\" 1 original 2 originals"),
            [
            "test.proc(22,37): error PRC2018: \"originals\" is given twice",
            ]),
        Case("PRC2018 documents block twice vi", BaseProcedures.Vietnamese
            .Edit("  \"Sổ bảo hiểm xã hội\" 1 bản chính",
                  "  \"Sổ bảo hiểm xã hội\" 1 bản chính\nthành phần hồ sơ"),
            [
            "test.proc(23,1): error PRC2018: \"thành phần hồ sơ\" được khai báo hai lần",
            ]),
        Case("PRC2019 channel twice", BaseProcedures.English
            .Edit("  channel postal within 20 working days fee 0",
                  "  channel postal within 20 working days fee 0\n  channel postal fee 20000"),
            [
            "test.proc(16,11): error PRC2019: channel \"postal\" is listed twice",
            ]),
        Case("PRC2019 channel twice vi", BaseProcedures.Vietnamese
            .Edit("  cách thức trực tuyến một phần trong 20 ngày làm việc phí 0",
                  "  cách thức trực tuyến một phần trong 20 ngày làm việc phí 0\n  cách thức trực tuyến một phần phí 0"),
            [
            "test.proc(17,13): error PRC2019: cách thức \"trực tuyến một phần\" được liệt kê hai lần",
            ]),
        Case("PRC2020 forward to same level", BaseProcedures.English
            .Edit("  step trinh \"Trình ký quyết định\" by \"Giám đốc Trung tâm Dịch vụ việc làm\" within 1 working day",
                  "  forward trinh \"Chuyển hồ sơ\" to \"Sở Tư pháp\" within 1 working day"),
            [
            "test.proc(32,35): error PRC2020: \"Sở Tư pháp\" is at province level, not above the executing agency's province level",
            ]),
        Case("PRC2020 forward to same level vi", BaseProcedures.Vietnamese
            .Edit("  bước trinh \"Trình ký quyết định\" do \"Giám đốc Trung tâm Dịch vụ việc làm\" trong 1 ngày làm việc",
                  "  chuyển cấp trên trinh \"Chuyển hồ sơ\" đến \"Sở Tư pháp\" trong 1 ngày làm việc"),
            [
            "test.proc(32,44): error PRC2020: \"Sở Tư pháp\" ở cấp tỉnh, không cao hơn cấp tỉnh của cơ quan thực hiện",
            ]),
        Case("PRC2020 forward to lower level", BaseProcedures.English
            .Edit("  step trinh \"Trình ký quyết định\" by \"Giám đốc Trung tâm Dịch vụ việc làm\" within 1 working day",
                  "  forward trinh \"Chuyển hồ sơ\" to \"Ủy ban nhân dân cấp xã\" within 1 working day"),
            [
            "test.proc(32,35): error PRC2020: \"Ủy ban nhân dân cấp xã\" is at commune level, not above the executing agency's province level",
            ]),
        Case("PRC2021 outcome under consult", BaseProcedures.English
            .Edit("    with \"Bảo hiểm xã hội tỉnh\" within 2 working days",
                  "    with \"Bảo hiểm xã hội tỉnh\" within 2 working days\n    agreed -> trinh"),
            [
            "test.proc(32,5): error PRC2021: outcome \"agreed\" is not allowed here: a \"consult\" step always goes on to the next step",
            ]),
        Case("PRC2021 outcome under consult vi", BaseProcedures.Vietnamese
            .Edit("    với \"Bảo hiểm xã hội tỉnh\" trong 2 ngày làm việc",
                  "    với \"Bảo hiểm xã hội tỉnh\" trong 2 ngày làm việc\n    dong-y -> trinh"),
            [
            "test.proc(32,5): error PRC2021: kết quả \"dong-y\" không dùng được ở đây: bước \"lấy ý kiến\" luôn chuyển sang bước kế tiếp",
            ]),
        Case("PRC2021 yes under a unit step", BaseProcedures.English
            .Edit("    approve -> tra-ket-qua",
                  "    yes -> tra-ket-qua"),
            [
            "test.proc(34,5): error PRC2021: outcome \"yes\" is not allowed here: a unit's step names its outcomes with ids of its own",
            "test.proc(36,3): error PRC2008: step \"tra-ket-qua\" can never be reached",
            ]),
        Case("PRC2021 named outcome under branch", BaseProcedures.English
            .Edit("  step trinh \"Trình ký quyết định\" by \"Giám đốc Trung tâm Dịch vụ việc làm\" within 1 working day",
                  "  branch trinh \"Kiểm tra độ tuổi\" if `Age >= 60`\n    yes -> quyet-dinh\n    no -> quyet-dinh\n    maybe -> quyet-dinh"),
            [
            "test.proc(35,5): error PRC2021: outcome \"maybe\" is not allowed here: a branch has only \"yes\" and \"no\"",
            ]),
        Case("PRC2021 named outcome under post vi", BaseProcedures.Vietnamese
            .Edit("  bước trinh \"Trình ký quyết định\" do \"Giám đốc Trung tâm Dịch vụ việc làm\" trong 1 ngày làm việc",
                  "  niêm yết trinh \"Niêm yết công khai\" do \"Giám đốc Trung tâm Dịch vụ việc làm\" trong 1 ngày làm việc\n    co-y-kien -> quyet-dinh"),
            [
            "test.proc(33,5): error PRC2021: kết quả \"co-y-kien\" không dùng được ở đây: bước niêm yết chỉ có \"khiếu nại\"",
            ]),
        Case("PRC2022 consult without agencies", BaseProcedures.English
            .Edit("    with \"Bảo hiểm xã hội tỉnh\" within 2 working days\n",
                  ""),
            [
            "test.proc(30,11): error PRC2022: step \"xac-nhan\" names no agency; add with \"…\" lines under it",
            ]),
        Case("PRC2022 consult without agencies vi", BaseProcedures.Vietnamese
            .Edit("    với \"Bảo hiểm xã hội tỉnh\" trong 2 ngày làm việc\n",
                  ""),
            [
            "test.proc(30,14): error PRC2022: bước \"xac-nhan\" chưa có cơ quan nào; thêm các dòng với \"…\" bên dưới",
            ]),
        Case("PRC2022 route without agencies", BaseProcedures.English
            .Edit("  consult xac-nhan \"Xác nhận quá trình đóng bảo hiểm thất nghiệp\"\n    with \"Bảo hiểm xã hội tỉnh\" within 2 working days",
                  "  route xac-nhan \"Xác nhận quá trình đóng bảo hiểm thất nghiệp\""),
            [
            "test.proc(30,9): error PRC2022: step \"xac-nhan\" names no agency; add to \"…\" lines under it",
            ]),
        Case("PRC2023 abolished without decision", BaseProcedures.English
            .Edit("  effective 2015-05-01",
                  "  effective 2015-05-01\n  abolished 2030-01-01"),
            [
            "test.proc(13,13): warning PRC2023: the abolition on 2030-01-01 does not name its decision",
            ]),
        Case("PRC2023 abolished without decision vi", BaseProcedures.Vietnamese
            .Edit("  hiệu lực 2015-05-01",
                  "  hiệu lực 2015-05-01\n  bãi bỏ 2030-01-01"),
            [
            "test.proc(13,10): warning PRC2023: việc bãi bỏ ngày 2030-01-01 chưa ghi quyết định bãi bỏ",
            ]),
        Case("PRC2024 with before any step", BaseProcedures.English
            .Edit("steps\n",
                  "steps\n  with \"Công an tỉnh\" within 2 working days\n"),
            [
            "test.proc(25,3): error PRC2024: \"with\" must follow a step",
            ]),
        Case("PRC2024 outcome before any step vi", BaseProcedures.Vietnamese
            .Edit("trình tự\n",
                  "trình tự\n  du -> tiep-nhan\n"),
            [
            "test.proc(25,3): error PRC2024: \"du -> tiep-nhan\" phải đứng sau một bước",
            ]),
        Case("PRC2024 yes before any step", BaseProcedures.English
            .Edit("steps\n",
                  "steps\n  yes -> tiep-nhan\n"),
            [
            "test.proc(25,3): error PRC2024: \"yes -> tiep-nhan\" must follow a step",
            ]),
        Case("PRC2025 empty document condition", BaseProcedures.English
            .Edit("  \"Sổ bảo hiểm xã hội\" 1 original",
                  "  \"Sổ bảo hiểm xã hội\" 1 original when ` `"),
            [
            "test.proc(22,41): error PRC2025: the condition is empty",
            ]),
        Case("PRC2025 empty case condition vi", BaseProcedures.Vietnamese
            .Edit("  \"Sổ bảo hiểm xã hội\" 1 bản chính",
                  "  \"Sổ bảo hiểm xã hội\" 1 bản chính\n  trường hợp \"Bị mất việc\" khi ``\n    thong-bao \"Thông báo\" 1 bản sao"),
            [
            "test.proc(23,33): error PRC2025: điều kiện đang trống",
            ]),
        Case("PRC2026 return without by", BaseProcedures.English
            .Edit("  return tra-ket-qua \"Trả kết quả\" by one-stop",
                  "  return tra-ket-qua \"Trả kết quả\""),
            [
            "test.proc(36,10): error PRC2026: step \"tra-ket-qua\" does not say who does it; add \"by\"",
            ]),
        Case("PRC2026 return without by vi", BaseProcedures.Vietnamese
            .Edit("  trả kết quả tra-ket-qua \"Trả kết quả\" do một cửa",
                  "  trả kết quả tra-ket-qua \"Trả kết quả\""),
            [
            "test.proc(36,15): error PRC2026: bước \"tra-ket-qua\" chưa ghi ai thực hiện; thêm \"do\"",
            ]),
        Case("PRC2027 step without within", BaseProcedures.English
            .Edit(" by \"Giám đốc Trung tâm Dịch vụ việc làm\" within 1 working day",
                  " by \"Giám đốc Trung tâm Dịch vụ việc làm\""),
            [
            "test.proc(32,8): warning PRC2027: step \"trinh\" has no time limit",
            ]),
        Case("PRC2027 step without within vi", BaseProcedures.Vietnamese
            .Edit(" do \"Giám đốc Trung tâm Dịch vụ việc làm\" trong 1 ngày làm việc",
                  " do \"Giám đốc Trung tâm Dịch vụ việc làm\""),
            [
            "test.proc(32,8): warning PRC2027: bước \"trinh\" chưa có thời hạn",
            ]),
        Case("PRC2027 consulted agency without within", BaseProcedures.English
            .Edit("    with \"Bảo hiểm xã hội tỉnh\" within 2 working days",
                  "    with \"Bảo hiểm xã hội tỉnh\""),
            [
            "test.proc(31,10): warning PRC2027: step \"xac-nhan → Bảo hiểm xã hội tỉnh\" has no time limit",
            ]),
        Case("PRC2028 document without count", BaseProcedures.English
            .Edit("form \"Mẫu số 03\" 1 original",
                  "form \"Mẫu số 03\""),
            [
            "test.proc(20,11): warning PRC2028: document \"Đề nghị hưởng trợ cấp thất nghiệp\" asks for no originals and no copies",
            ]),
        Case("PRC2028 document without count vi", BaseProcedures.Vietnamese
            .Edit("mẫu \"Mẫu số 03\" 1 bản chính",
                  "mẫu \"Mẫu số 03\""),
            [
            "test.proc(20,15): warning PRC2028: giấy tờ \"Đề nghị hưởng trợ cấp thất nghiệp\" không yêu cầu bản chính hay bản sao nào",
            ]),
        Case("PRC2029 to on a consult", BaseProcedures.English
            .Edit("  consult xac-nhan \"Xác nhận quá trình đóng bảo hiểm thất nghiệp\"",
                  "  consult xac-nhan \"Xác nhận quá trình đóng bảo hiểm thất nghiệp\" to \"Sở Tư pháp\""),
            [
            "test.proc(30,67): error PRC2029: \"to\" cannot be used on a \"consult\" line",
            ]),
        Case("PRC2029 to on a consult vi", BaseProcedures.Vietnamese
            .Edit("  lấy ý kiến xac-nhan \"Xác nhận quá trình đóng bảo hiểm thất nghiệp\"",
                  "  lấy ý kiến xac-nhan \"Xác nhận quá trình đóng bảo hiểm thất nghiệp\" đến \"Sở Tư pháp\""),
            [
            "test.proc(30,70): error PRC2029: \"đến\" không dùng được trên dòng \"lấy ý kiến\"",
            ]),
        Case("PRC2029 if on a unit step", BaseProcedures.English
            .Edit(" by \"Giám đốc Trung tâm Dịch vụ việc làm\" within 1 working day",
                  " by \"Giám đốc Trung tâm Dịch vụ việc làm\" within 1 working day if `Age >= 60`"),
            [
            "test.proc(32,98): error PRC2029: \"if\" cannot be used on a \"step\" line",
            ]),
        Case("PRC2029 with under a unit step", BaseProcedures.English
            .Edit(" by \"Giám đốc Trung tâm Dịch vụ việc làm\" within 1 working day",
                  " by \"Giám đốc Trung tâm Dịch vụ việc làm\" within 1 working day\n    with \"Công an tỉnh\" within 1 working day"),
            [
            "test.proc(33,5): error PRC2029: \"with\" cannot be used on a \"step\" line",
            ]),
        Case("PRC2030 branch without if", BaseProcedures.English
            .Edit("  step trinh \"Trình ký quyết định\" by \"Giám đốc Trung tâm Dịch vụ việc làm\" within 1 working day",
                  "  branch trinh \"Kiểm tra độ tuổi\"\n    yes -> quyet-dinh\n    no -> quyet-dinh"),
            [
            "test.proc(32,10): error PRC2030: branch \"trinh\" has no condition; add \"if\" `…`",
            ]),
        Case("PRC2030 branch without if vi", BaseProcedures.Vietnamese
            .Edit("  bước trinh \"Trình ký quyết định\" do \"Giám đốc Trung tâm Dịch vụ việc làm\" trong 1 ngày làm việc",
                  "  rẽ nhánh trinh \"Kiểm tra độ tuổi\"\n    có -> quyet-dinh\n    không -> quyet-dinh"),
            [
            "test.proc(32,12): error PRC2030: bước rẽ nhánh \"trinh\" chưa có điều kiện; thêm \"nếu\" `…`",
            ]),
        Case("PRC2031 branch without no", BaseProcedures.English
            .Edit("  step trinh \"Trình ký quyết định\" by \"Giám đốc Trung tâm Dịch vụ việc làm\" within 1 working day",
                  "  branch trinh \"Kiểm tra độ tuổi\" if `Age >= 60`\n    yes -> quyet-dinh"),
            [
            "test.proc(32,10): error PRC2031: branch \"trinh\" must say where both \"yes\" and \"no\" lead",
            ]),
        Case("PRC2031 branch without no vi", BaseProcedures.Vietnamese
            .Edit("  bước trinh \"Trình ký quyết định\" do \"Giám đốc Trung tâm Dịch vụ việc làm\" trong 1 ngày làm việc",
                  "  rẽ nhánh trinh \"Kiểm tra độ tuổi\" nếu `Age >= 60`\n    có -> quyet-dinh"),
            [
            "test.proc(32,12): error PRC2031: bước rẽ nhánh \"trinh\" phải ghi cả \"có\" và \"không\" dẫn đến đâu",
            ]),
        Case("PRC2032 outcome twice", BaseProcedures.English
            .Edit("    reject -> refuse",
                  "    reject -> refuse\n    approve -> trinh"),
            [
            "test.proc(36,5): error PRC2032: outcome \"approve\" of step \"quyet-dinh\" is given twice",
            ]),
        Case("PRC2032 outcome twice vi", BaseProcedures.Vietnamese
            .Edit("    tu-choi -> từ chối",
                  "    tu-choi -> từ chối\n    dong-y -> trinh"),
            [
            "test.proc(36,5): error PRC2032: kết quả \"dong-y\" của bước \"quyet-dinh\" được ghi hai lần",
            ]),
        Case("PRC2033 subject twice vi", "# language: vi\nđối tượng ĐT20 \"Hộ kinh doanh\"\nđối tượng ĐT20 \"Hộ gia đình\"\n",
            [
            "test.proc(3,11): error PRC2033: đối tượng \"ĐT20\" được khai báo hai lần trong danh mục; lần đầu tại test.proc(2,11)",
            ]),
        Case("PRC2004 unknown unit on a consult", BaseProcedures.English
            .Edit("  consult xac-nhan \"Xác nhận quá trình đóng bảo hiểm thất nghiệp\"",
                  "  consult xac-nhan \"Xác nhận quá trình đóng bảo hiểm thất nghiệp\" by \"Phòng Kế toán\""),
            [
            "test.proc(30,70): error PRC2004: unknown unit \"Phòng Kế toán\"",
            ]),
        Case("PRC2004 misspelt unit on a consult vi", BaseProcedures.Vietnamese
            .Edit("  lấy ý kiến xac-nhan \"Xác nhận quá trình đóng bảo hiểm thất nghiệp\"",
                  "  lấy ý kiến xac-nhan \"Xác nhận quá trình đóng bảo hiểm thất nghiệp\" do \"Phòng Bảo hiểm thất nghiep\""),
            [
            "test.proc(30,73): error PRC2004: không có đơn vị \"Phòng Bảo hiểm thất nghiep\"; có phải \"Phòng Bảo hiểm thất nghiệp\"?",
            ]),
        Case("PRC2021 yes under a unit step vi", BaseProcedures.Vietnamese
            .Edit("    dong-y -> tra-ket-qua",
                  "    có -> tra-ket-qua"),
            [
            "test.proc(34,5): error PRC2021: kết quả \"có\" không dùng được ở đây: bước xử lý đặt tên kết quả bằng mã của mình",
            "test.proc(36,3): error PRC2008: bước \"tra-ket-qua\" không bao giờ được thực hiện",
            ]),
        Case("PRC2029 if on a unit step vi", BaseProcedures.Vietnamese
            .Edit(" do \"Giám đốc Trung tâm Dịch vụ việc làm\" trong 1 ngày làm việc",
                  " do \"Giám đốc Trung tâm Dịch vụ việc làm\" trong 1 ngày làm việc nếu `Age >= 60`"),
            [
            "test.proc(32,99): error PRC2029: \"nếu\" không dùng được trên dòng \"bước\"",
            ]),
        Case("PRC2024 outcome before any step", BaseProcedures.English
            .Edit("steps\n",
                  "steps\n  sufficient -> tiep-nhan\n"),
            [
            "test.proc(25,3): error PRC2024: \"sufficient -> tiep-nhan\" must follow a step",
            ]),
        Case("PRC2018 published twice", BaseProcedures.English
            .Edit("  effective 2015-05-01",
                  "  published \"Quyết định 1/QĐ-BNV\" 2015-01-01\n  published \"Quyết định 2/QĐ-BNV\"\n  effective 2015-05-01"),
            [
            "test.proc(13,3): error PRC2018: \"published\" is given twice",
            ]),
        Case("PRC2017 no level vi", BaseProcedures.Vietnamese
            .Edit("  cấp tỉnh\n",
                  ""),
            [
            "test.proc(3,1): error PRC2017: thủ tục 1.001978 chưa có cấp thực hiện; thêm dòng \"cấp\"",
            ]),

        // The sector law's own rule on requests to complete (PRC2050–PRC2053), stated after the deadline at line 14.
        Case("PRC2050 rule without its law", BaseProcedures.English
            .Edit("  deadline 20 working days\n",
                  "  deadline 20 working days\n  completion restarts the deadline per \"  \" article 17\n"),
            [
            "test.proc(14,40): error PRC2050: \"completion restarts the deadline per\" must cite the sector law that sets the rule: the text in quotes is empty",
            ]),
        Case("PRC2050 rule without its law vi", BaseProcedures.Vietnamese
            .Edit("  thời hạn 20 ngày làm việc\n",
                  "  thời hạn 20 ngày làm việc\n  bổ sung hồ sơ nhiều lần theo \"\"\n"),
            [
            "test.proc(14,32): error PRC2050: \"bổ sung hồ sơ nhiều lần theo\" phải nêu văn bản luật chuyên ngành quy định việc này: chuỗi trong ngoặc kép đang trống",
            ]),
        Case("PRC2051 rule cites the one-stop decree", BaseProcedures.English
            .Edit("  deadline 20 working days\n",
                  "  deadline 20 working days\n  completion may be requested again per \"Nghị định 61/2018/NĐ-CP\" article 19\n"),
            [
            "test.proc(14,41): warning PRC2051: \"Nghị định 61/2018/NĐ-CP\" is the one-stop decree, whose default this line replaces; cite the sector law that sets its own rule",
            ]),
        Case("PRC2051 rule cites the one-stop decree vi", BaseProcedures.Vietnamese
            .Edit("  thời hạn 20 ngày làm việc\n",
                  "  thời hạn 20 ngày làm việc\n  bổ sung hồ sơ tính lại thời hạn theo \"Nghị định số 118/2025/NĐ-CP\"\n"),
            [
            "test.proc(14,40): warning PRC2051: \"Nghị định số 118/2025/NĐ-CP\" là nghị định về cơ chế một cửa, quy định mặc định mà dòng này thay thế; hãy nêu văn bản luật chuyên ngành có quy định riêng",
            ]),
        Case("PRC2052 restart never applies", BaseProcedures.English
            .Edit("  deadline 20 working days\n",
                  "  deadline 20 working days\n  completion restarts the deadline per \"Nghị định 28/2015/NĐ-CP\" article 17\n")
            .Edit("    insufficient -> request completion\n",
                  ""),
            [
            "test.proc(14,3): warning PRC2052: \"completion restarts the deadline per\" never applies: no step asks the applicant to complete the dossier during processing",
            ]),
        Case("PRC2052 restart never applies vi", BaseProcedures.Vietnamese
            .Edit("  thời hạn 20 ngày làm việc\n",
                  "  thời hạn 20 ngày làm việc\n  bổ sung hồ sơ tính lại thời hạn theo \"28/2015/NĐ-CP\" điều 17\n")
            .Edit("    thieu -> yêu cầu bổ sung\n",
                  ""),
            [
            "test.proc(14,3): warning PRC2052: \"bổ sung hồ sơ tính lại thời hạn theo\" không bao giờ được áp dụng: không có bước nào yêu cầu người nộp bổ sung hồ sơ trong quá trình giải quyết",
            ]),
        Case("PRC2053 rule law not in the legal basis", BaseProcedures.English
            .Edit("  deadline 20 working days\n",
                  "  deadline 20 working days\n  completion may be requested again per \"Nghị định 99/2024/NĐ-CP\" article 5\n"),
            [
            "test.proc(14,41): warning PRC2053: \"Nghị định 99/2024/NĐ-CP\" is not in the procedure's legal basis; add it as a \"basis\" line",
            ]),
        Case("PRC2053 rule law not in the legal basis vi", BaseProcedures.Vietnamese
            .Edit("  thời hạn 20 ngày làm việc\n",
                  "  thời hạn 20 ngày làm việc\n  bổ sung hồ sơ nhiều lần theo \"Luật Bảo hiểm xã hội\"\n"),
            [
            "test.proc(14,32): warning PRC2053: \"Luật Bảo hiểm xã hội\" không có trong căn cứ pháp lý của thủ tục; hãy thêm một dòng \"căn cứ\"",
            ]),
        Case("PRC2018 completion rule twice", BaseProcedures.English
            .Edit("  deadline 20 working days\n",
                  "  deadline 20 working days\n  completion restarts the deadline per \"28/2015/NĐ-CP\"\n  completion restarts the deadline per \"38/2013/QH13\" article 46\n"),
            [
            "test.proc(15,3): error PRC2018: \"completion restarts the deadline per\" is given twice",
            ]),
    ];
}
