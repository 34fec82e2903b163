namespace Procedures.Language.Tests;

/// <summary>
/// Messages that once read wrong, found by writing the language reference; each test guards its fix.
/// </summary>
public class MessageRegressionTests
{
    [Fact()]
    public void An_unknown_unit_on_a_step_reports_only_the_unknown_unit()
    {
        var text = BaseProcedures.English.Edit("by \"Phòng Bảo hiểm thất nghiệp\"", "by \"Phòng Bảo hiểm thất nghiep\"");

        Assert.Equal(
            ["test.proc(26,39): error PRC2004: unknown unit \"Phòng Bảo hiểm thất nghiep\"; did you mean \"Phòng Bảo hiểm thất nghiệp\"?"],
            Checker.Check(text));
    }

    [Fact()]
    public void A_receipt_written_second_is_not_called_missing()
    {
        var text = BaseProcedures.English
            .Edit("  receive tiep-nhan \"Tiếp nhận hồ sơ\" by one-stop within 0.5 working days\n", "")
            .Edit("    not-eligible -> refuse\n", "    not-eligible -> refuse\n  receive tiep-nhan \"Tiếp nhận hồ sơ\" by one-stop within 0.5 working days\n");

        var receipt = Assert.Single(Checker.Check(text), line => line.Contains("PRC2010", StringComparison.Ordinal));
        Assert.DoesNotContain("have no receipt", receipt, StringComparison.Ordinal);
    }

    [Fact()]
    public void A_forward_without_to_asks_for_to_on_the_step_line()
    {
        var text = BaseProcedures.English.Edit(
            "  step trinh \"Trình ký quyết định\" by \"Giám đốc Trung tâm Dịch vụ việc làm\" within 1 working day",
            "  forward trinh \"Chuyển hồ sơ lên Bộ\" within 1 working day");

        var line = Assert.Single(Checker.Check(text));
        Assert.StartsWith("test.proc(32,11): error PRC2022: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("lines under it", line, StringComparison.Ordinal);
    }

    [Fact()]
    public void A_unit_declared_twice_points_at_the_first_unit()
    {
        const string text = "# language: en\nagency \"Sở Xây dựng\" code \"000.00.22.H00\" level province\n  unit \"Phòng Quản lý nhà\"\n  unit \"Phòng quản lý nhà\"\n";

        Assert.Equal(
            ["test.proc(4,8): error PRC2033: unit \"Phòng quản lý nhà\" is declared twice in the catalogue; first at test.proc(3,8)"],
            Checker.Check(text));
    }

    [Fact()]
    public void A_second_declaration_of_a_catalogue_agency_is_reported_where_it_was_added()
    {
        const string text = "# language: vi\ncơ quan \"Sở Nội vụ\" mã \"000.00.19.H00\" cấp tỉnh\n";

        var line = Assert.Single(Checker.Check(text));
        Assert.StartsWith("test.proc(2,9): error PRC2033: cơ quan \"Sở Nội vụ\" được khai báo hai lần trong danh mục; lần đầu tại tests/Fixtures/procedures/catalogue/agencies.proc(", line, StringComparison.Ordinal);
    }

    [Fact()]
    public void An_unknown_language_header_in_a_vietnamese_file_is_reported_in_vietnamese()
    {
        var text = BaseProcedures.Vietnamese.Edit("# language: vi", "# ngôn ngữ: tiếng Pháp");

        Assert.Equal(
            ["test.proc(1,1): error PRC1005: không rõ ngôn ngữ từ khóa \"tiếng Pháp\"; dùng \"en\" hoặc \"vi\""],
            Checker.Check(text));
    }

    [Fact]
    public void A_shared_document_listed_twice_is_named_as_written()
    {
        var text = BaseProcedures.English.Edit(
            "  \"Sổ bảo hiểm xã hội\" 1 original",
            "  \"Sổ bảo hiểm xã hội\" 1 original\n  case \"Bị mất việc\"\n    \"Sổ bảo hiểm xã hội\" 1 copy");

        var line = Assert.Single(Checker.Check(text));
        Assert.StartsWith("test.proc(24,5): error PRC2002: document \"Sổ bảo hiểm xã hội\" is declared twice", line, StringComparison.Ordinal);
    }

    [Fact()]
    public void A_shared_document_line_out_of_place_is_quoted_once()
    {
        var text = BaseProcedures.English.Edit(
            "  return tra-ket-qua \"Trả kết quả\" by one-stop",
            "  return tra-ket-qua \"Trả kết quả\" by one-stop\n  \"Sổ bảo hiểm xã hội\" 1 original");

        Assert.Equal(
            ["test.proc(37,3): error PRC1007: \"Sổ bảo hiểm xã hội\" cannot stand here; it belongs in the \"documents\" block"],
            Checker.Check(text));
    }

    [Fact]
    public void A_broken_procedure_line_is_one_error_not_thirty()
    {
        var text = BaseProcedures.English.Edit(
            "procedure 1.001978 \"Giải quyết hưởng trợ cấp thất nghiệp\"",
            "procedure 1.001978 Giải quyết hưởng trợ cấp thất nghiệp");

        var lines = Checker.Check(text);
        Assert.Contains("test.proc(3,20): error PRC1004: unexpected identifier \"Giải\"; expected text in quotes", lines);
        Assert.All(lines, line => Assert.StartsWith("test.proc(", line, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Contains("PRC1007", StringComparison.Ordinal));
    }

    [Fact()]
    public void A_mode_on_an_in_person_channel_names_what_may_follow()
    {
        var text = BaseProcedures.English.Edit("  channel in-person within", "  channel in-person partial within");

        var line = Assert.Single(Checker.Check(text));
        Assert.StartsWith("test.proc(14,21): error PRC1004: unexpected keyword \"partial\"; expected ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("something else", line, StringComparison.Ordinal);
    }
}
