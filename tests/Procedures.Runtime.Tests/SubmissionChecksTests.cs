using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using Procedures.Calendar;
using Procedures.Expressions;
using Procedures.Runtime.Conditions;
using Procedures.Runtime.Data;
using Procedures.Runtime.Messages;
using Procedures.Runtime.State;
using Procedures.Runtime.Tests.Support;
using Procedures.Workflows;
using Procedures.Workflows.Activities;
using Procedures.Workflows.Facts;

namespace Procedures.Runtime.Tests;

/// <summary>
/// What a dossier meets at submission besides its data's shape: the applicant's windows (counted as Civil Code 2015
/// Art. 147–148 counts; for a case; refusing, or accepting late filings with a note), the checked requirements, the fee of its case, and the checklist with its alternatives and
/// looked-up rows. Harness.Monday (2025-07-14) is the filing date; the calendar is Monday to Friday.
/// </summary>
public sealed class SubmissionChecksTests : IDisposable
{
    readonly CompiledConditionEvaluator conditions = new(new ConditionCache());

    static WorkflowDefinition Unemployment(Func<ProcedureFacts, ProcedureFacts> change)
    {
        var sample = Sample.Unemployment();
        return WorkflowDefinition.Create(change(sample.Facts), sample.Root);
    }

    /// <summary>The sample's facts with the fields these tests read, and no documents (the sample's read fields not declared here).</summary>
    static ProcedureFacts WithFields(ProcedureFacts facts, bool required = false) => facts with
    {
        Documents = DocumentChecklist.Empty,
        Data =
        [
            new DataField("NgàyChấmDứt", DataType.Date, Required: false) { Label = "Ngày chấm dứt hợp đồng lao động" },
            new DataField("NgàyBắtĐầu", DataType.Date, Required: false) { Label = "Ngày bắt đầu học nghề" },
            new DataField("SốThángĐóng", DataType.WholeNumber, required) { Label = "Số tháng đóng bảo hiểm thất nghiệp" },
            new DataField("LaoĐộngNữ", DataType.YesNo, required),
        ],
    };

    RunResult Submit(WorkflowDefinition definition, params (string Key, object Value)[] data)
    {
        var h = new Harness(definition, conditions);
        var values = data.ToImmutableSortedDictionary(d => d.Key, d => JsonSerializer.SerializeToElement(d.Value));
        return h.Runtime.Start(definition, h.Request("HS-1") with { Data = values });
    }

    /// <summary>A dossier opened with no data at all (at the one-stop desk, say): conditions cannot be decided.</summary>
    RunResult SubmitWithoutData(WorkflowDefinition definition)
    {
        var h = new Harness(definition, conditions);
        return h.Runtime.Start(definition, h.Request("HS-1"));
    }

    static ApplicantWindow Within(TimeLimit period) => new(ApplicantWindowKind.Within, period, "NgàyChấmDứt");

    [Theory]
    [InlineData("2025-04-14", true)]  // 3 months end on 2025-07-14, the filing day
    [InlineData("2025-04-12", true)]  // they end on Saturday 2025-07-12: the period runs to Monday (Art. 148(2))
    [InlineData("2025-04-11", false)] // they end on Friday 2025-07-11
    [InlineData("2025-07-14", true)]  // filed on the day of the event itself
    public void A_window_in_months_ends_on_the_same_day_of_the_last_month_or_the_next_working_day(string ended, bool accepted)
    {
        var definition = Unemployment(f => WithFields(f) with { ApplicantWindows = [Within(TimeLimit.Months(3))] });

        var result = Submit(definition, ("NgàyChấmDứt", ended));

        Assert.Equal(accepted, result.Accepted);
    }

    [Fact]
    public void A_missed_window_is_refused_with_the_window_the_event_date_and_the_last_day_in_both_languages()
    {
        var definition = Unemployment(f => WithFields(f) with { ApplicantWindows = [Within(TimeLimit.Months(3))] });

        var refused = Submit(definition, ("NgàyChấmDứt", "2025-04-11")).Refusal!;

        Assert.Equal("PRC5140", refused.Code);
        Assert.Equal("the dossier was filed on 2025-07-14, after its window: apply within 3 months of Ngày chấm dứt hợp đồng lao động (2025-04-11), by 2025-07-11 at the latest",
            refused.Message(MessageLanguage.English));
        Assert.Equal("hồ sơ nộp ngày 2025-07-14, quá hạn nộp: nộp trong 3 tháng kể từ Ngày chấm dứt hợp đồng lao động (2025-04-11), chậm nhất ngày 2025-07-11",
            refused.Message(MessageLanguage.Vietnamese));
    }

    [Fact]
    public void A_dossier_filed_before_the_event_its_window_runs_from_is_refused()
    {
        var definition = Unemployment(f => WithFields(f) with { ApplicantWindows = [Within(TimeLimit.WorkingDays(3))] });

        var refused = Submit(definition, ("NgàyChấmDứt", "2025-07-15")).Refusal!;

        Assert.Equal("hồ sơ nộp ngày 2025-07-14, trước Ngày chấm dứt hợp đồng lao động (2025-07-15) là ngày bắt đầu tính hạn nộp 3 ngày làm việc",
            refused.Message(MessageLanguage.Vietnamese));
        Assert.Equal("the dossier was filed on 2025-07-14, before Ngày chấm dứt hợp đồng lao động (2025-07-15), the day its window of 3 working days runs from",
            refused.Message(MessageLanguage.English));
    }

    [Theory]
    [InlineData("2025-07-09", true)]  // Wednesday: Thursday, Friday, Monday
    [InlineData("2025-07-08", false)] // Tuesday: the third working day after it is Friday 2025-07-11
    [InlineData("2025-07-12", true)]  // Saturday: day 1 is Sunday, the working days are Monday …
    public void A_window_in_working_days_counts_the_working_days_after_the_event(string missed, bool accepted) =>
        Assert.Equal(accepted, Submit(Unemployment(f => WithFields(f) with { ApplicantWindows = [Within(TimeLimit.WorkingDays(3))] }),
            ("NgàyChấmDứt", missed)).Accepted);

    [Theory]
    [InlineData("2025-07-29", true)]  // 15 days before it is the filing day
    [InlineData("2025-07-28", false)] // the last day was Sunday 2025-07-13: a period counted back is not moved
    public void A_window_at_least_before_a_date_leaves_the_whole_period_before_it(string start, bool accepted)
    {
        var definition = Unemployment(f => WithFields(f) with
        {
            ApplicantWindows = [new ApplicantWindow(ApplicantWindowKind.AtLeastBefore, TimeLimit.CalendarDays(15), "NgàyBắtĐầu")],
        });

        var result = Submit(definition, ("NgàyBắtĐầu", start));

        Assert.Equal(accepted, result.Accepted);
        if (!accepted)
            Assert.Equal("the dossier was filed on 2025-07-14, too late: apply at least 15 days before Ngày bắt đầu học nghề (2025-07-28), by 2025-07-13 at the latest",
                result.Refusal!.Message(MessageLanguage.English));
    }

    [Theory]
    [InlineData("2025-08-13", true)]  // the day is 30 days after the filing day: the earliest allowed
    [InlineData("2025-08-14", false)] // 31 days ahead
    [InlineData("2025-06-12", true)]  // 30 days after it end on Saturday 2025-07-12: the period runs to Monday
    [InlineData("2025-06-11", false)] // 30 days after it end on Friday 2025-07-11
    public void A_window_before_or_after_a_date_runs_the_period_both_ways(string start, bool accepted)
    {
        var definition = Unemployment(f => WithFields(f) with
        {
            ApplicantWindows = [new ApplicantWindow(ApplicantWindowKind.BeforeOrAfter, TimeLimit.CalendarDays(30), "NgàyBắtĐầu")],
        });

        var result = Submit(definition, ("NgàyBắtĐầu", start));

        Assert.Equal(accepted, result.Accepted);
        if (start == "2025-08-14")
            Assert.Equal("hồ sơ nộp ngày 2025-07-14, ngoài hạn nộp: nộp trong 30 ngày trước hoặc sau Ngày bắt đầu học nghề (2025-08-14), từ ngày 2025-07-15 đến ngày 2025-09-15",
                result.Refusal!.Message(MessageLanguage.Vietnamese));
    }

    [Fact]
    public void Working_days_counted_back_leave_that_many_working_days_after_the_filing_day()
    {
        var window = new ApplicantWindow(ApplicantWindowKind.AtLeastBefore, TimeLimit.WorkingDays(3), "NgàyBắtĐầu");
        var calendar = new WeekdayCalendar();

        // Wednesday 2025-07-16: Monday, Tuesday and Wednesday come after a filing on Sunday the 13th.
        Assert.Equal(new LocalDate(2025, 7, 13), ApplicantWindows.LastDay(window, new LocalDate(2025, 7, 16), calendar));
        Assert.Equal(new LocalDate(2025, 2, 28), ApplicantWindows.LastDay(Within(TimeLimit.Months(1)), new LocalDate(2025, 1, 31), calendar));
        Assert.Equal(new LocalDate(2024, 2, 29), ApplicantWindows.LastDay(Within(TimeLimit.Months(3)), new LocalDate(2023, 11, 30), calendar));
        Assert.Equal(new LocalDate(2025, 3, 3), ApplicantWindows.LastDay(Within(TimeLimit.Years(1)), new LocalDate(2024, 3, 1), calendar)); // Saturday → Monday
    }

    [Fact]
    public void A_window_whose_date_was_not_given_is_left_to_the_officer()
    {
        var definition = Unemployment(f => WithFields(f) with { ApplicantWindows = [Within(TimeLimit.Months(3))] });

        Assert.True(Submit(definition).Accepted);
        Assert.True(SubmitWithoutData(definition).Accepted);
    }

    static readonly Requirement Contributions = new("Đã đóng bảo hiểm thất nghiệp từ đủ 12 tháng trong 24 tháng trước khi chấm dứt hợp đồng", "SốThángĐóng >= 12");
    static readonly Requirement NoJob = new("Chưa tìm được việc làm sau 15 ngày kể từ ngày nộp hồ sơ");

    [Fact]
    public void An_unmet_checked_requirement_refuses_the_dossier_with_its_text_and_the_values_read()
    {
        var definition = Unemployment(f => WithFields(f) with { Requirements = [Contributions, NoJob] });

        var refused = Submit(definition, ("SốThángĐóng", 8)).Refusal!;

        Assert.Equal("PRC5143", refused.Code);
        Assert.Equal("hồ sơ không đáp ứng yêu cầu \"Đã đóng bảo hiểm thất nghiệp từ đủ 12 tháng trong 24 tháng trước khi chấm dứt hợp đồng\" (SốThángĐóng >= 12 · SốThángĐóng = 8)",
            refused.Message(MessageLanguage.Vietnamese));
        Assert.Equal("the dossier does not meet the requirement \"Đã đóng bảo hiểm thất nghiệp từ đủ 12 tháng trong 24 tháng trước khi chấm dứt hợp đồng\" (SốThángĐóng >= 12 · SốThángĐóng = 8)",
            refused.Message(MessageLanguage.English));
    }

    [Fact]
    public void Requirements_met_or_left_to_the_officer_are_listed_on_the_dossier()
    {
        var definition = Unemployment(f => WithFields(f) with { Requirements = [Contributions, NoJob] });
        var required = Unemployment(f => WithFields(f, required: true) with { Requirements = [Contributions, NoJob] });

        var met = Submit(definition, ("SốThángĐóng", 12)).Instance!;
        var undecided = SubmitWithoutData(required).Instance!; // a required field not given: the data cannot decide
        var absent = Submit(definition).Refusal!; // an optional field not given compares false

        Assert.Equal([new RequirementCheck(Contributions.Text, true), new RequirementCheck(NoJob.Text, false)], met.Requirements);
        Assert.Equal([new RequirementCheck(Contributions.Text, false), new RequirementCheck(NoJob.Text, false)], undecided.Requirements);
        Assert.Equal("PRC5143", absent.Code);
    }

    [Fact]
    public void A_missed_window_that_accepts_late_filings_receives_the_dossier_and_notes_the_miss_on_its_submission_row()
    {
        var definition = Unemployment(f => WithFields(f) with { ApplicantWindows = [Within(TimeLimit.Months(3)) with { LateAccepted = true }] });

        var instance = Submit(definition, ("NgàyChấmDứt", "2025-04-11")).Instance!;

        Assert.Equal(["PRC5140"], instance.LateFilings.Select(l => l.Code));
        var submitted = instance.Journal.First();
        Assert.Equal(JournalEvent.Submitted, submitted.Event);
        // The sample numbers its dossiers at the receipt, so the submission row says only what was missed.
        Assert.Null(instance.DossierNumber);
        Assert.Equal("hồ sơ nộp ngày 2025-07-14, quá hạn nộp: nộp trong 3 tháng kể từ Ngày chấm dứt hợp đồng lao động (2025-04-11), chậm nhất ngày 2025-07-11, vẫn tiếp nhận",
            submitted.Note);
        var row = Assert.IsType<SheetNote.FiledLate>(ControlSheet.Rows(definition, instance)[0].Note);
        Assert.Null(row.Number);
        Assert.Equal(instance.LateFilings, row.Windows);
        Assert.Equal(instance.LateFilings, InstanceJson.Deserialize(InstanceJson.Serialize(instance), out _)!.LateFilings); // kept by a durable store
        Assert.Empty(Submit(definition, ("NgàyChấmDứt", "2025-04-14")).Instance!.LateFilings); // in time: nothing to note
    }

    [Theory]
    [InlineData(true, false)]   // the window is the case's: missed, refused
    [InlineData(false, true)]   // another case: the window does not apply
    [InlineData(null, true)]    // the data cannot decide: left to the officer
    public void A_window_with_a_condition_holds_only_for_the_dossiers_that_meet_it(bool? female, bool accepted)
    {
        var definition = Unemployment(f => WithFields(f) with { ApplicantWindows = [Within(TimeLimit.Months(3)) with { Condition = "LaoĐộngNữ == true" }] });

        var result = female is { } value
            ? Submit(definition, ("NgàyChấmDứt", "2025-04-11"), ("LaoĐộngNữ", value))
            : Submit(definition, ("NgàyChấmDứt", "2025-04-11"));

        Assert.Equal(accepted, result.Accepted);
        if (!accepted) Assert.Equal("PRC5140", result.Refusal!.Code);
    }

    [Fact]
    public void Every_window_and_requirement_missed_is_given_at_once()
    {
        var definition = Unemployment(f => WithFields(f) with { ApplicantWindows = [Within(TimeLimit.Months(3))], Requirements = [Contributions] });

        var refused = Submit(definition, ("NgàyChấmDứt", "2025-01-02"), ("SốThángĐóng", 3)).Refusal!;

        Assert.Equal("PRC5144", refused.Code);
        Assert.Equal(["PRC5140", "PRC5143"], refused.Details.Select(d => d.Code));
        Assert.StartsWith("hồ sơ không đáp ứng hạn nộp và yêu cầu, điều kiện của thủ tục 1.001978: hồ sơ nộp ngày 2025-07-14, quá hạn nộp",
            refused.Message(MessageLanguage.Vietnamese));
    }

    [Fact]
    public void The_dossier_pays_the_fee_lines_of_its_case_and_an_undecided_line_is_marked()
    {
        var definition = Unemployment(f => WithFields(f, required: true) with
        {
            FeeLines =
            [
                new FeeLine(50000, "Lệ phí cấp giấy chứng nhận"),
                new FeeLine(20000, "Phí thẩm định (lao động nữ)", "LaoĐộngNữ == true"),
                new FeeLine(30000, "Phí thẩm định (lao động nam)", "LaoĐộngNữ == false"),
            ],
        });

        Assert.Equal([new FeeCharge("Lệ phí cấp giấy chứng nhận", 50000), new FeeCharge("Phí thẩm định (lao động nữ)", 20000)],
            Submit(definition, ("LaoĐộngNữ", true), ("SốThángĐóng", 12)).Instance!.Fees);
        Assert.Equal(
            [new FeeCharge("Lệ phí cấp giấy chứng nhận", 50000), new FeeCharge("Phí thẩm định (lao động nữ)", 20000, true), new FeeCharge("Phí thẩm định (lao động nam)", 30000, true)],
            SubmitWithoutData(definition).Instance!.Fees);
    }

    [Fact]
    public void Without_fee_lines_the_dossier_pays_the_fee_of_its_channel()
    {
        var h = new Harness(Sample.Unemployment());

        var postal = h.Runtime.Start(h.Definition, h.Request("HS-1", ChannelKind.Postal)).Instance!;
        var inPerson = h.Runtime.Start(h.Definition, h.Request("HS-2", ChannelKind.InPerson)).Instance!;

        Assert.Equal([new FeeCharge("Miễn phí", 0)], postal.Fees);
        Assert.Empty(inPerson.Fees);
    }

    [Fact]
    public void The_checklist_shows_one_of_lines_with_the_alternatives_that_apply_and_looked_up_rows_for_the_officer()
    {
        var residence = new RequiredDocument("cu-tru", "Giấy tờ chứng minh nơi cư trú")
        {
            Alternatives =
            [
                new RequiredDocument("xac-nhan-cu-tru", "Giấy xác nhận thông tin về cư trú", Copies: 1),
                new RequiredDocument("the-cccd", "Thẻ căn cước", Copies: 1, Condition: "LaoĐộngNữ == true"),
            ],
        };
        var birth = new RequiredDocument("khai-sinh", "Giấy khai sinh của con") { LookedUpIn = "Cơ sở dữ liệu quốc gia về dân cư", About = "con của người lao động" };
        var definition = Unemployment(f => WithFields(f) with { Documents = new DocumentChecklist([residence, birth], []) });

        var female = Submit(definition, ("LaoĐộngNữ", true)).Instance!.Checklist;
        var male = Submit(definition, ("LaoĐộngNữ", false)).Instance!.Checklist;

        Assert.Equal(["cu-tru", "khai-sinh"], female.Select(c => c.DocumentId));
        Assert.Equal(["xac-nhan-cu-tru", "the-cccd"], female[0].Alternatives.Select(a => a.DocumentId));
        Assert.Equal(["xac-nhan-cu-tru"], male[0].Alternatives.Select(a => a.DocumentId));
        Assert.Equal("Cơ sở dữ liệu quốc gia về dân cư", female[1].LookedUpIn);
        Assert.Equal("con của người lao động", female[1].About);
    }

    [Fact]
    public void A_refused_dossier_returns_the_refusal_letter_and_its_row_never_names_the_result()
    {
        var sample = Sample.Unemployment();
        var root = sample.Root with
        {
            Activities = [.. sample.Root.Activities.Select(a => a is ReturnResultActivity r ? r with { Name = "Trả Quyết định hưởng trợ cấp thất nghiệp" } : a)],
        };
        var named = WorkflowDefinition.Create(sample.Facts with { RefusalResult = new RefusalResult("Thông báo không đủ điều kiện hưởng trợ cấp thất nghiệp", "Mẫu số 04") }, root);
        var unnamed = WorkflowDefinition.Create(sample.Facts, root);

        Assert.Equal("Trả Thông báo không đủ điều kiện hưởng trợ cấp thất nghiệp", Refused(named).Step);
        Assert.Equal("Trả Văn bản từ chối", Refused(unnamed).Step);
        Assert.Equal("Trả Quyết định hưởng trợ cấp thất nghiệp", Approved(unnamed).Step);
    }

    static JournalEntry Refused(WorkflowDefinition definition)
    {
        var h = new Harness(definition);
        h.Start();
        h.At(Harness.Monday.PlusHours(2)).Officer("receive", Ports.Received);
        h.At(Harness.Monday.PlusDays(3)).Officer("appraise", "refuse", "đã có việc làm");
        Assert.Equal(DossierStatus.Refused, h.Instance.Status);
        return h.Instance.Journal[^1];
    }

    static JournalEntry Approved(WorkflowDefinition definition)
    {
        var h = new Harness(definition);
        h.Start();
        h.At(Harness.Monday.PlusHours(2)).Officer("receive", Ports.Received);
        h.Officer("appraise", "ok");
        h.Do(new Stimuli.AgencyReply("consult", Sample.Bhxh));
        h.Do(new Stimuli.AgencyReply("consult", Sample.Police));
        h.Officer("decide", "approve");
        Assert.Equal(DossierStatus.Returned, h.Instance.Status);
        return h.Instance.Journal[^1];
    }

    public void Dispose() => conditions.Dispose();
}
