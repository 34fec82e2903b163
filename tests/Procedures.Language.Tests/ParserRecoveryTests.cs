using Procedures.Language.Text;
using System.Text;
using Procedures.Language.Binding;

namespace Procedures.Language.Tests;

/// <summary>A broken line is reported at its place and skipped; the rest of the file is still read and checked.</summary>
public class ParserRecoveryTests
{
    static readonly string Broken = BaseProcedures.English
        .Edit("\"Nghị định sửa đổi, bổ sung một số điều của Nghị định số 28/2015/NĐ-CP\"",
              "\"Nghị định sửa đổi, bổ sung một số điều của Nghị định số 28/2015/NĐ-CP")
        .Edit("  effective 2015-05-01", "  effective 2015-05-01;")
        .Edit("  \"Sổ bảo hiểm xã hội\" 1 original", "  \"Sổ bảo hiểm xã hội\" 1")
        .Edit("    insufficient -> request completion", "    insufficient ->")
        .Edit("  return tra-ket-qua \"Trả kết quả\" by one-stop", "  return tra-ket-qua \"Trả kết quả\" by one-stop\n  @");

    static readonly string[] BrokenLines =
    [
        "test.proc(11,25): error PRC1002: text is not closed; add \" at the end",
        "test.proc(12,23): error PRC1001: unexpected character \";\"",
        "test.proc(22,25): error PRC1004: unexpected end of line; expected \"originals\", \"original\", \"copies\", \"copy\", \"certified copies\" or \"certified copy\"",
        "test.proc(28,20): error PRC1004: unexpected end of line; expected identifier, \"request completion\", \"refuse\" or \"return dossier\"",
        "test.proc(37,3): error PRC1001: unexpected character \"@\"",
    ];

    [Fact]
    public void Each_broken_line_is_reported_on_its_own_line()
    {
        Assert.Equal(BrokenLines, Checker.Check(Broken));
    }

    [Fact]
    public void The_lines_that_are_not_broken_are_still_bound()
    {
        var procedure = Assert.Single(Checker.Compile(new(Checker.TestPath, Broken)).Procedures);

        Assert.Equal("1.001978", procedure.Code);
        Assert.Equal(2, procedure.LegalBasis.Count);
        Assert.Null(procedure.Effective);
        Assert.Equal(["request", "quyet-dinh-cham-dut-hdld"], procedure.Documents.Select(d => d.Id));
        Assert.Equal(["tiep-nhan", "tham-dinh", "xac-nhan", "trinh", "quyet-dinh", "tra-ket-qua"], procedure.Steps.Select(s => s.Id));
        Assert.Equal(["sufficient", "not-eligible"], procedure.Steps[1].Outcomes.Select(o => o.Name));
        Assert.Equal(StepKind.Return, procedure.Steps[^1].Kind);
    }

    [Fact]
    public void The_lines_under_a_broken_step_are_not_put_under_the_step_before()
    {
        var text = BaseProcedures.English.Edit(
            "  consult xac-nhan \"Xác nhận quá trình đóng bảo hiểm thất nghiệp\"",
            "  consult xac-nhan \"Xác nhận quá trình đóng bảo hiểm thất nghiệp\" by");

        Assert.Equal(["test.proc(30,69): error PRC1004: unexpected end of line; expected \"one-stop\", \"applicant\", \"party\" or text in quotes"], Checker.Check(text));
    }

    [Fact]
    public void A_step_whose_title_is_not_closed_hides_only_its_own_lines()
    {
        var text = BaseProcedures.English.Edit(
            "  step tham-dinh \"Thẩm định hồ sơ\"",
            "  step tham-dinh \"Thẩm định hồ sơ");

        Assert.Equal(["test.proc(26,65): error PRC1002: text is not closed; add \" at the end"], Checker.Check(text));
    }

    [Fact]
    public void The_documents_under_a_broken_case_are_not_put_under_the_case_before()
    {
        var text = BaseProcedures.English
            .Edit("  \"Quyết định thôi việc", "  case \"Thôi việc\"\n    \"Quyết định thôi việc")
            .Edit("  \"Sổ bảo hiểm xã hội\" 1 original", "  case \"Hết hạn hợp đồng\" when\n    \"Sổ bảo hiểm xã hội\" 1 original");

        Assert.Equal(["test.proc(23,31): error PRC1004: unexpected end of line; expected condition in backticks"], Checker.Check(text));
        var procedure = Assert.Single(Checker.Compile(new(Checker.TestPath, text)).Procedures);
        var only = Assert.Single(procedure.Cases);
        Assert.Equal(["quyet-dinh-cham-dut-hdld"], only.Documents.Select(d => d.Id));
    }

    [Fact]
    public void The_units_under_a_broken_agency_are_not_put_under_the_agency_before()
    {
        var catalogue = new SourceFile("agencies.proc", """
            # language: en
            agency "Sở Thử nghiệm A" code "000.00.00.X01" level province
              unit "Phòng Một"
            agency "Sở Thử nghiệm B" code level province
              unit "Phòng Hai"

            """);

        var compilation = Compilation.Create([catalogue, .. Checker.CatalogueFiles]);

        Assert.Equal(["agencies.proc(4,31): error PRC1004: unexpected keyword \"level\"; expected text in quotes"],
            compilation.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(["Phòng Một"], compilation.Catalogue.Agencies[Names.Key("Sở Thử nghiệm A")].Units);
    }

    [Theory]
    [InlineData("  unit \"Phòng Hai")]
    [InlineData("procedure \"x\"")]
    [InlineData("document")]
    public void Units_after_a_broken_first_agency_and_another_broken_line_are_dropped_not_a_crash(string between)
    {
        var catalogue = new SourceFile("agencies.proc", $"""
            # language: en
            agency "Sở Thử nghiệm B" code level province
            {between}
              unit "Phòng Ba"

            """);

        var compilation = Compilation.Create([catalogue, .. Checker.CatalogueFiles]);

        Assert.Equal("agencies.proc(2,31): error PRC1004: unexpected keyword \"level\"; expected text in quotes", compilation.Diagnostics[0].ToString());
        Assert.DoesNotContain(compilation.Catalogue.Agencies.Values, a => a.Units.Contains("Phòng Ba"));
    }

    [Fact]
    public void Windows_line_endings_give_the_same_lines_and_positions()
    {
        Assert.Equal(BrokenLines, Checker.Check(Broken.ReplaceLineEndings("\r\n")));
    }

    [Fact]
    public void A_byte_order_mark_with_windows_line_endings_gives_the_same_lines_and_positions()
    {
        var text = BaseProcedures.English.Edit("# language: en", "# language: fr").Edit("  effective 2015-05-01", "  effective 2015-05-01;");
        string[] expected =
        [
            "test.proc(1,1): error PRC1005: unknown keyword language \"fr\"; use \"en\" or \"vi\"",
            "test.proc(12,23): error PRC1001: unexpected character \";\"",
        ];
        byte[] bom = [0xEF, 0xBB, 0xBF];

        Assert.Equal(expected, Checker.Check(text));
        Assert.Equal(expected, Checker.Check(SourceFile.FromBytes(Checker.TestPath, [.. bom, .. Encoding.UTF8.GetBytes(text)])));
        Assert.Equal(expected, Checker.Check(SourceFile.FromBytes(Checker.TestPath, [.. bom, .. Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\r\n"))])));
    }

    [Fact]
    public void Decomposed_vietnamese_keywords_are_recognised()
    {
        var decomposed = BaseProcedures.Vietnamese.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(BaseProcedures.Vietnamese, decomposed);

        Assert.Empty(Checker.Check(decomposed));
        var procedure = Assert.Single(Checker.Compile(new(Checker.TestPath, decomposed)).Procedures);
        Assert.Equal(6, procedure.Steps.Count);
        Assert.Equal(3, procedure.Channels.Count);
        Assert.Equal("Trung tâm Dịch vụ việc làm", procedure.Agency.Name);
    }

    [Fact]
    public void A_decomposed_keyword_is_named_in_its_composed_spelling()
    {
        var text = BaseProcedures.Vietnamese.Edit("  lĩnh vực \"Việc làm\"", "  lĩnh vực \"Việc làm\"\n  lĩnh vực \"Lao động\"").Normalize(NormalizationForm.FormD);

        Assert.Equal(["test.proc(5,3): error PRC2018: \"lĩnh vực\" được khai báo hai lần"], Checker.Check(text));
    }

    [Fact]
    public void Invalid_utf8_is_reported_and_the_rest_of_the_file_is_still_checked()
    {
        var bytes = Encoding.UTF8.GetBytes(BaseProcedures.English.Edit("  effective 2015-05-01", "  effective 2015-05-01;"));
        var file = SourceFile.FromBytes(Checker.TestPath, [.. bytes[..17], 0xC3, 0x28, .. bytes[17..]]);

        Assert.True(file.HadInvalidUtf8);
        Assert.Equal(
            [
                "test.proc(1,1): warning PRC1008: the file is not valid UTF-8; unreadable bytes were replaced by \"\uFFFD\"",
                "test.proc(12,23): error PRC1001: unexpected character \";\"",
            ],
            Checker.Check(file));
    }
}
