using Procedures.Language.Binding;

namespace Procedures.Language.Tests;

/// <summary>A misspelt keyword is one error, and the file is read as if the keyword were right: no cascade.</summary>
public class MisspeltKeywordTests
{
    [Theory]
    [InlineData("trình tự\n", "trình tư\n")]
    [InlineData("thành phần hồ sơ\n", "thanh phan ho so\n")]
    [InlineData("  tiếp nhận tiep-nhan", "  tiep nhan tiep-nhan")]
    [InlineData("  lĩnh vực \"Việc làm\"", "  linh vuc \"Việc làm\"")]
    [InlineData("thieu -> yêu cầu bổ sung", "thieu -> yêu cầu bổ xung")]
    [InlineData("  cơ quan phối hợp", "  cơ quan phối hơp")]
    [InlineData("  trả kết quả tra-ket-qua", "  tra ket qua tra-ket-qua")]
    public void A_misspelt_vietnamese_keyword_is_one_error_and_the_file_is_read_as_corrected(string find, string misspelt) =>
        IsOneErrorAndReadAsCorrected(BaseProcedures.Vietnamese.Edit(find, misspelt));

    [Theory]
    [InlineData("steps\n", "stpes\n")]
    [InlineData("documents\n", "documnets\n")]
    [InlineData("  receive tiep-nhan", "  reveive tiep-nhan")]
    [InlineData("  field \"Việc làm\"", "  feild \"Việc làm\"")]
    [InlineData("    insufficient -> request completion", "    insufficient -> request compleiton")]
    [InlineData("  consult xac-nhan", "  consutl xac-nhan")]
    public void A_misspelt_english_keyword_is_one_error_and_the_file_is_read_as_corrected(string find, string misspelt) =>
        IsOneErrorAndReadAsCorrected(BaseProcedures.English.Edit(find, misspelt));

    static void IsOneErrorAndReadAsCorrected(string text)
    {
        var line = Assert.Single(Checker.Check(text));
        Assert.Contains(" error PRC1012: ", line, StringComparison.Ordinal);

        var procedure = Assert.Single(Checker.Compile(new(Checker.TestPath, text)).Procedures);
        Assert.Equal(["tiep-nhan", "tham-dinh", "xac-nhan", "trinh", "quyet-dinh", "tra-ket-qua"], procedure.Steps.Select(s => s.Id));
        Assert.Equal(StepKind.Receive, procedure.Steps[0].Kind);
        Assert.Equal(3, procedure.Documents.Count);
        Assert.Equal("Việc làm", procedure.Field);
        Assert.Equal(2, procedure.Coordinating.Count);
    }

    [Fact]
    public void An_unknown_word_that_is_near_no_keyword_is_not_given_a_suggestion()
    {
        var text = BaseProcedures.English.Edit("  effective 2015-05-01", "  effective 2015-05-01\n  remark \"Ghi chú\"");

        var line = Assert.Single(Checker.Check(text));
        Assert.Contains(" PRC1004: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_keyword_on_a_line_that_still_does_not_parse_is_named_with_the_line_error()
    {
        var text = BaseProcedures.Vietnamese.Edit("  lĩnh vực \"Việc làm\"", "  linh vuc Việc làm");

        Assert.Equal(
            [
                "test.proc(4,3): error PRC1012: \"linh vuc\" không phải là từ khóa; có phải \"lĩnh vực\"?",
                "test.proc(4,12): error PRC1004: không mong đợi mã \"Việc\"; cần chuỗi trong ngoặc kép",
            ],
            Checker.Check(text));
    }

    [Fact]
    public void An_outcome_named_like_a_keyword_that_misses_its_target_is_not_called_a_misspelling()
    {
        var text = BaseProcedures.Vietnamese.Edit("    du -> xac-nhan", "    du -> xac-nhan\n    co ->");

        var line = Assert.Single(Checker.Check(text));
        Assert.StartsWith("test.proc(28,10): error PRC1004: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_of_an_unknown_kind_hides_its_own_lines_and_nothing_else()
    {
        var text = BaseProcedures.Vietnamese.Edit(
            "  trả kết quả tra-ket-qua",
            "  gửi gui-qd \"Gửi quyết định\" do một cửa\n    xong -> tra-ket-qua\n  trả kết quả tra-ket-qua");

        var line = Assert.Single(Checker.Check(text));
        Assert.StartsWith("test.proc(36,3): error PRC1013: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fact_line_that_does_not_parse_is_not_also_called_missing()
    {
        var text = BaseProcedures.Vietnamese
            .Edit("  kết quả \"Quyết định hưởng trợ cấp thất nghiệp\"", "  kết quả \"Quyết định hưởng trợ cấp thất nghiệp")
            .Edit("  cấp tỉnh", "  cấp tinh thanh")
            .Edit("thành phần hồ sơ\n", "thành phần hồ sơ:\n");

        Assert.Equal(
            [
                "test.proc(5,7): error PRC1004: không mong đợi mã \"tinh\"; cần \"bộ\", \"tỉnh\", \"huyện\", \"xã\" hoặc \"khác\"",
                "test.proc(17,11): error PRC1002: chuỗi chưa được đóng; thêm dấu \" ở cuối",
                "test.proc(19,17): error PRC1001: ký tự không hợp lệ \":\"",
            ],
            Checker.Check(text));
    }

    [Fact]
    public void A_file_typed_without_diacritics_gets_one_error_per_misspelt_keyword_and_nothing_else()
    {
        const string text = """
            thu tuc 1.001978 "Giải quyết hưởng trợ cấp thất nghiệp"
              linh vuc "Việc làm"
              cấp tinh
              co quan "Trung tâm Dịch vụ việc làm"
              đối tượng thực hiện ĐT1
              can cu "38/2013/QH13" "Luật Việc làm" dieu 46
              hiệu lực 01/05/2015
              thoi han 20 ngay lam viec
              cách thức trực tiếp trong 20 ngày làm việc phí 0
              ket qua "Quyết định hưởng trợ cấp thất nghiệp"

            thanh phan ho so
              "Sổ bảo hiểm xã hội" 1 ban chinh

            trinh tu
              tiep nhan tiep-nhan "Tiếp nhận hồ sơ" do mot cua trong 0,5 ngày làm việc
              buoc tham-dinh "Thẩm định hồ sơ" do "Phòng Bảo hiểm thất nghiệp" trong 15 ngày làm việc
                du -> tra-ket-qua
                thieu -> yeu cau bo sung
              tra ket qua tra-ket-qua "Trả kết quả" do một cửa
            """;

        Assert.Equal(
            [
                "test.proc(1,1): error PRC1012: \"thu tuc\" không phải là từ khóa; có phải \"thủ tục\"?",
                "test.proc(2,3): error PRC1012: \"linh vuc\" không phải là từ khóa; có phải \"lĩnh vực\"?",
                "test.proc(3,7): error PRC1012: \"tinh\" không phải là từ khóa; có phải \"tỉnh\"?",
                "test.proc(4,3): error PRC1012: \"co quan\" không phải là từ khóa; có phải \"cơ quan\"?",
                "test.proc(6,3): error PRC1012: \"can cu\" không phải là từ khóa; có phải \"căn cứ\"?",
                "test.proc(6,41): error PRC1012: \"dieu\" không phải là từ khóa; có phải \"điều\"?",
                "test.proc(7,12): error PRC1011: ngày \"01/05/2015\" viết theo kiểu ngày/tháng/năm; hãy viết \"2015-05-01\" (năm-tháng-ngày)",
                "test.proc(8,3): error PRC1012: \"thoi han\" không phải là từ khóa; có phải \"thời hạn\"?",
                "test.proc(8,15): error PRC1012: \"ngay lam viec\" không phải là từ khóa; có phải \"ngày làm việc\"?",
                "test.proc(10,3): error PRC1012: \"ket qua\" không phải là từ khóa; có phải \"kết quả\"?",
                "test.proc(12,1): error PRC1012: \"thanh phan ho so\" không phải là từ khóa; có phải \"thành phần hồ sơ\"?",
                "test.proc(13,26): error PRC1012: \"ban chinh\" không phải là từ khóa; có phải \"bản chính\"?",
                "test.proc(15,1): error PRC1012: \"trinh tu\" không phải là từ khóa; có phải \"trình tự\"?",
                "test.proc(16,3): error PRC1012: \"tiep nhan\" không phải là từ khóa; có phải \"tiếp nhận\"?",
                "test.proc(16,44): error PRC1012: \"mot cua\" không phải là từ khóa; có phải \"một cửa\"?",
                "test.proc(16,58): error PRC1010: số \"0,5\" viết bằng dấu phẩy thập phân; hãy viết \"0.5\" (dùng dấu chấm)",
                "test.proc(17,3): error PRC1012: \"buoc\" không phải là từ khóa; có phải \"bước\"?",
                "test.proc(19,14): error PRC1012: \"yeu cau bo sung\" không phải là từ khóa; có phải \"yêu cầu bổ sung\"?",
                "test.proc(20,3): error PRC1012: \"tra ket qua\" không phải là từ khóa; có phải \"trả kết quả\"?",
            ],
            Checker.Check(text + "\n"));
    }
}
