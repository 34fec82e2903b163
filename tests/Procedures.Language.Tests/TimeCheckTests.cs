using Procedures.Language.Formatting;
using Procedures.Language.Syntax;

namespace Procedures.Language.Tests;

/// <summary>
/// What the language says about time checks clean, formats canonically and translates; the deadline-fit check counts
/// every unit, leaves an await's time out, and checks deadlines counted from a step and the deadlines of phases.
/// </summary>
public class TimeCheckTests
{
    public static TheoryData<string> TimeFixtures() => new(Fixtures.Await, Fixtures.Phased, Fixtures.AnchoredDeadline);

    [Theory]
    [MemberData(nameof(TimeFixtures))]
    public void A_procedure_that_says_time_checks_clean_and_is_in_the_canonical_layout(string name)
    {
        var file = Fixtures.Time(name);
        Assert.Empty(Checker.Check(file));
        Assert.Equal(file.Text, Formatter.Format(Parser.Parse(file).Syntax));
    }

    [Theory]
    [MemberData(nameof(TimeFixtures))]
    public void A_procedure_that_says_time_translates_and_back(string name)
    {
        var file = Fixtures.Time(name);
        var syntax = Parser.Parse(file).Syntax;
        var other = syntax.Language == KeywordLanguage.English ? KeywordLanguage.Vietnamese : KeywordLanguage.English;
        var translated = file with { Text = Formatter.Format(syntax, other) };

        Assert.Empty(Checker.Check(translated));
        Assert.Equal(file.Text, Formatter.Format(Parser.Parse(translated).Syntax, syntax.Language));
    }

    [Fact]
    public void The_constructs_read_in_both_keyword_sets()
    {
        var english = Formatter.Format(Parser.Parse(Fixtures.Time(Fixtures.Await)).Syntax, KeywordLanguage.English);

        Assert.Contains("  await giam-dinh \"Khám giám định mức độ khuyết tật\" by \"Hội đồng giám định y khoa tỉnh\" within 2 months\n", english);
        Assert.Contains("    thieu -> request completion within 3 working days\n", english);
        Assert.Contains(" within 5 working days from giam-dinh\n", english);
        var phased = Formatter.Format(Parser.Parse(Fixtures.Time(Fixtures.Phased)).Syntax, KeywordLanguage.Vietnamese);
        Assert.Contains("  giai đoạn dot-1 \"Hỗ trợ đợt 1\" trong 10 ngày làm việc kết quả \"Quyết định hỗ trợ đợt 1\"\n", phased);
        Assert.Contains("  chờ danh-sach \"Chờ đến lượt hỗ trợ đợt 2\" do \"Cơ sở trợ giúp xã hội\"\n", phased);
        Assert.Contains("  thời hạn 15 ngày làm việc kể từ xac-minh\n",
            Formatter.Format(Parser.Parse(Fixtures.Time(Fixtures.AnchoredDeadline)).Syntax, KeywordLanguage.Vietnamese));
    }

    const string Trinh = "  step trinh \"Trình ký quyết định\" by \"Giám đốc Trung tâm Dịch vụ việc làm\" within 1 working day";

    [Fact]
    public void A_calendar_day_step_in_a_working_day_procedure_is_counted_as_five_working_days_a_week()
    {
        var text = BaseProcedures.English.Edit(Trinh, Trinh.Replace("within 1 working day", "within 7 days"));

        Assert.Equal(
            ["test.proc(25,3): error PRC2012: the steps take 24 working days (counting 7 days as 5 working days and a working day as 8 hours) along \"tiep-nhan → tham-dinh → xac-nhan → trinh → quyet-dinh → tra-ket-qua\", more than the procedure's 20 working days"],
            Checker.Check(text));
    }

    [Fact]
    public void An_hour_step_is_an_eighth_of_a_working_day()
    {
        var text = BaseProcedures.English.Edit(Trinh, Trinh.Replace("within 1 working day", "within 8 hours"));
        Assert.Empty(Checker.Check(text));

        var longer = BaseProcedures.English.Edit(Trinh, Trinh.Replace("within 1 working day", "within 16 hours"));
        Assert.Equal(
            ["test.proc(25,3): error PRC2012: the steps take 21 working days (counting 7 days as 5 working days and a working day as 8 hours) along \"tiep-nhan → tham-dinh → xac-nhan → trinh → quyet-dinh → tra-ket-qua\", more than the procedure's 20 working days"],
            Checker.Check(longer));
    }

    [Fact]
    public void A_calendar_day_procedure_counts_its_working_day_steps_as_seven_days_a_week()
    {
        var text = BaseProcedures.Vietnamese.Edit("  thời hạn 20 ngày làm việc", "  thời hạn 25 ngày");

        Assert.Equal(
            ["test.proc(25,3): error PRC2012: các bước mất 28 ngày (tính 7 ngày bằng 5 ngày làm việc, 1 ngày làm việc bằng 8 giờ) theo đường \"tiep-nhan → tham-dinh → xac-nhan → trinh → quyet-dinh → tra-ket-qua\", quá thời hạn 25 ngày của thủ tục"],
            Checker.Check(text));
        Assert.Empty(Checker.Check(BaseProcedures.Vietnamese.Edit("  thời hạn 20 ngày làm việc", "  thời hạn 28 ngày")));
    }

    [Fact]
    public void An_await_is_not_counted_however_long_the_outside_body_takes()
    {
        var text = BaseProcedures.English.Edit(Trinh, "  await xac-minh \"Xác minh\" by \"Công an tỉnh\" within 6 months\n" + Trinh);

        Assert.Empty(Checker.Check(text));
    }

    [Fact]
    public void An_indefinite_wait_has_no_limit_and_no_warning()
    {
        var text = BaseProcedures.Vietnamese.Edit("  bước trinh", "  chờ danh-sach \"Chờ đến lượt\" do \"Cơ sở trợ giúp xã hội\"\n  bước trinh");

        Assert.Empty(Checker.Check(text));
    }

    [Fact]
    public void A_deadline_counted_from_a_step_counts_the_steps_after_it()
    {
        var from = BaseProcedures.English.Edit("  deadline 20 working days", "  deadline 2 working days from xac-nhan");

        Assert.Equal(
            ["test.proc(25,3): error PRC2012: the steps take 2.5 working days along \"trinh → quyet-dinh → tra-ket-qua\", more than the procedure's 2 working days"],
            Checker.Check(from));
        Assert.Empty(Checker.Check(BaseProcedures.English.Edit("  deadline 20 working days", "  deadline 2.5 working days from xac-nhan")));
    }

    [Fact]
    public void A_step_counted_from_an_earlier_step_is_due_that_long_after_it_ended()
    {
        // The signing is due 20 working days after the receipt ended: 20.5 working days from the start, past the deadline.
        var text = BaseProcedures.English.Edit(
            "by \"Lãnh đạo Sở Nội vụ\" within 1.5 working days", "by \"Lãnh đạo Sở Nội vụ\" within 20 working days from tiep-nhan");

        Assert.Equal(
            ["test.proc(25,3): error PRC2012: the steps take 20.5 working days along \"tiep-nhan → tham-dinh → xac-nhan → trinh → quyet-dinh → tra-ket-qua\", more than the procedure's 20 working days"],
            Checker.Check(text));
    }

    [Fact]
    public void A_sub_line_after_a_phase_line_belongs_to_no_step()
    {
        var text = BaseProcedures.English.Edit("    approve -> tra-ket-qua", "  phase tra \"Trả kết quả\" within 1 working day\n    approve -> tra-ket-qua");

        Assert.Contains("test.proc(35,5): error PRC2024: \"approve -> tra-ket-qua\" must follow a step", Checker.Check(text));
    }

    [Fact]
    public void An_await_on_the_applicant_in_years_translates_and_back()
    {
        var text = BaseProcedures.Vietnamese.Edit("  bước trinh", "  chờ bo-sung \"Chờ người nộp nộp bản án\" do người nộp trong 1 năm\n  bước trinh");
        var file = new Procedures.Language.Text.SourceFile(Checker.TestPath, text);
        Assert.Empty(Checker.Check(file));

        var english = Formatter.Format(Parser.Parse(file).Syntax, KeywordLanguage.English);
        Assert.Contains("  await bo-sung \"Chờ người nộp nộp bản án\" by applicant within 1 year\n", english);
        Assert.Empty(Checker.Check(english));
        Assert.Equal(Formatter.Format(Parser.Parse(file).Syntax), Formatter.Format(Parser.Parse(file with { Text = english }).Syntax, KeywordLanguage.Vietnamese));
    }
}
