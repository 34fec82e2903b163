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
    public void A_step_of_an_unknown_kind_hides_its_own_lines_and_nothing_else()
    {
        var text = BaseProcedures.Vietnamese.Edit(
            "  trả kết quả tra-ket-qua",
            "  thông báo gui-qd \"Gửi quyết định\" do một cửa\n    xong -> tra-ket-qua\n  trả kết quả tra-ket-qua");

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
}
