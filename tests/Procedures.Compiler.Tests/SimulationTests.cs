using System.Collections.Immutable;
using NodaTime;
using Procedures.Calendar.Data;
using Procedures.Runtime.Messages;
using Procedures.Runtime.Simulation;
using Procedures.Runtime.State;
using Procedures.Workflows.Facts;

namespace Procedures.Compiler.Tests;

public class SimulationTests
{
    /// <summary>Every repository procedure with the repository's own calendar: a property each must keep.</summary>
    static readonly DossierSimulation RepositorySimulation =
        new(CalendarLoader.FromDirectory(Path.Combine(RepositoryFiles.ProceduresFolder, "calendar")).Calendar);

    /// <summary>Dates and words are checked on the frozen fixtures.</summary>
    static readonly DossierSimulation Simulation = new(FixtureProcedures.Calendar);

    public static TheoryData<string> Codes() => RepositoryProcedures.Codes();

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_procedure_takes_a_dossier_from_submission_to_its_end(string code)
    {
        var definition = RepositoryProcedures.All[code];
        // An abolished procedure is simulated while it was still in force.
        var submitted = definition.Facts.AbolishedDate is { } abolished ? abolished.PlusDays(-90).At(new LocalTime(9, 0)) : new LocalDateTime(2026, 3, 2, 9, 0);

        var (instance, error) = RepositorySimulation.Run(definition, submitted, []);

        Assert.Null(error);
        Assert.True(instance!.IsFinished);
        // A dossier the agency starts itself is opened by its officer; any other is submitted.
        Assert.Contains(instance.Journal, e => e.Event == (definition.Facts.StartedByAgency ? JournalEvent.Opened : JournalEvent.Submitted));
        Assert.DoesNotContain(instance.Journal, e => e.Punctuality == Punctuality.Late);
    }

    [Fact]
    public void Unemployment_benefit_received_before_Tet_is_due_after_the_holiday()
    {
        // Received Thursday 12 Feb 2026 at 16:00, after the 15:00 hand-over: counting starts Friday 13 Feb;
        // Tết 16–20 Feb 2026 is off (domain.md), so the 20th working day is Thursday 19 March.
        var (instance, error) = Simulation.Run(FixtureProcedures.All["1.001978"], new LocalDateTime(2026, 2, 12, 16, 0), []);

        Assert.Null(error);
        Assert.Equal(new LocalDateTime(2026, 3, 19, 17, 0), instance!.DueAt);
        Assert.Equal("000.19.30.H00-260212-0001", instance.DossierNumber); // received the day it was submitted
        Assert.Equal(DossierStatus.Returned, instance.Status);
    }

    [Fact]
    public void A_dossier_handed_over_after_15_00_is_taken_up_the_next_working_morning()
    {
        // Decree 61/2018 Art. 18: received Thursday 12 Feb 2026 at 16:00, the appraisal acts Friday 13 Feb at 07:30.
        var (instance, _) = Simulation.Run(FixtureProcedures.All["1.001978"], new LocalDateTime(2026, 2, 12, 16, 0), []);

        Assert.Equal(new LocalDateTime(2026, 2, 13, 7, 30), instance!.Journal.Single(e => e.ActivityId == "tham-dinh").DoneAt);
    }

    [Fact]
    public void Nobody_acts_outside_office_hours_a_Saturday_night_submission_is_received_on_the_next_working_morning()
    {
        // Saturday 14 Feb 2026 at 23:59; Tết 16–20 Feb: the one-stop office receives it Monday 23 Feb at 07:30.
        var (instance, _) = Simulation.Run(FixtureProcedures.All["1.001978"], new LocalDateTime(2026, 2, 14, 23, 59), []);

        Assert.Equal(new LocalDateTime(2026, 2, 23, 7, 30), instance!.ReceivedAt);
        Assert.All(instance.Journal.Where(e => e.Event != JournalEvent.Submitted), e => Assert.True(
            FixtureProcedures.Calendar.IsWorkingDay(e.DoneAt.Date) && e.DoneAt.TimeOfDay >= new LocalTime(7, 30) && e.DoneAt.TimeOfDay <= new LocalTime(17, 0),
            $"{e.Step} at {e.DoneAt}"));
    }

    [Fact]
    public void Completion_requested_at_appraisal_moves_the_appointment_by_the_working_time_with_the_applicant()
    {
        var (instance, error) = Simulation.Run(FixtureProcedures.All["1.001978"], new LocalDateTime(2026, 3, 2, 9, 0),
            ["Received", "insufficient", "sufficient"]);

        Assert.Null(error);
        // Received Monday 2 March at 09:00: due Monday 30 March 11:30. The appraisal asks at once (09:00) and the applicant
        // completes a day later, Tuesday 3 March at 09:00: two office sessions away (Monday afternoon, Tuesday morning), so
        // the appointment moves one working day, to Tuesday 31 March; the clock's resume row carries it.
        Assert.Equal("000.19.30.H00-260302-0001", instance!.DossierNumber);
        Assert.Equal(new LocalDateTime(2026, 3, 31, 11, 30), instance.DueAt);
        Assert.Equal(new LocalDateTime(2026, 3, 31, 11, 30), instance.Journal.Single(e => e.Event == JournalEvent.ClockResumed).Appointment);
        Assert.Equal(new LocalDateTime(2026, 3, 2, 9, 0), instance.DeadlineStartedAt);
    }

    [Fact]
    public void A_second_request_to_complete_from_the_same_agency_stops_the_simulation_with_the_refusal()
    {
        var (instance, error) = Simulation.Run(FixtureProcedures.All["1.001978"], new LocalDateTime(2026, 3, 2, 9, 0),
            ["Received", "insufficient", "insufficient"]);

        Assert.Equal("PRC5120", error!.Code);
        Assert.Equal("Trung tâm Dịch vụ việc làm đã yêu cầu bổ sung, hoàn thiện hồ sơ này ngày 2026-03-02; trong quá trình giải quyết mỗi cơ quan chỉ yêu cầu bổ sung một lần (Nghị định 61/2018/NĐ-CP Điều 19, sửa đổi bởi Nghị định 107/2021/NĐ-CP): giải quyết theo hồ sơ đã có",
            error.Message(MessageLanguage.Vietnamese));
        Assert.Equal(["tham-dinh"], instance!.ActiveSteps.Select(s => s.ActivityId));
    }

    [Fact]
    public void A_dossier_refused_at_receipt_gets_no_number_and_one_received_after_guidance_is_numbered_on_its_receipt_day()
    {
        var (refused, _) = Simulation.Run(FixtureProcedures.All["1.001978"], new LocalDateTime(2026, 3, 2, 9, 0), ["Refused"]);
        var (guided, error) = Simulation.Run(FixtureProcedures.All["1.001978"], new LocalDateTime(2026, 3, 2, 9, 0), ["Incomplete", "Received"]);

        Assert.Null(refused!.DossierNumber);
        Assert.Equal(DossierStatus.Refused, refused.Status);
        Assert.Null(error);
        // Guidance on Monday 2 March; the applicant comes back a day later and the dossier is received Tuesday 3 March.
        Assert.Equal("000.19.30.H00-260303-0001", guided!.DossierNumber);
        Assert.Equal(new LocalDateTime(2026, 3, 3, 9, 0), guided.ReceivedAt);
    }

    [Fact]
    public void The_signing_row_is_in_progress_and_only_the_return_row_says_returned()
    {
        var (instance, _) = Simulation.Run(FixtureProcedures.All["1.001978"], new LocalDateTime(2026, 3, 2, 9, 0), []);

        Assert.Equal(DossierStatus.InProgress, instance!.Journal.Single(e => e.ActivityId == "quyet-dinh").Status);
        Assert.Equal([JournalEvent.ResultReturned], instance.Journal.Where(e => e.Status == DossierStatus.Returned).Select(e => e.Event));
    }

    [Fact]
    public void A_late_agency_replies_the_given_working_days_after_its_due()
    {
        var options = new SimulationOptions { Late = new Dictionary<string, decimal> { ["Bảo hiểm xã hội tỉnh"] = 2 }.ToImmutableDictionary() };
        var (instance, error) = Simulation.Run(FixtureProcedures.All["1.001978"], new LocalDateTime(2026, 3, 2, 9, 0), [], options);

        Assert.Null(error);
        var reply = instance!.Journal.Single(e => e.Event == JournalEvent.AgencyReplied);
        Assert.Equal(Punctuality.Late, reply.Punctuality);
        Assert.Equal(FixtureProcedures.Calendar.Add(reply.DueAt!.Value, new Calendar.TimeLimit(2, Calendar.TimeLimitUnit.WorkingDays)), reply.DoneAt);
    }

    [Fact]
    public void A_channel_s_own_deadline_and_a_channel_the_procedure_does_not_offer()
    {
        var definition = FixtureProcedures.All["1.010772"];
        var (postal, _) = Simulation.Run(definition, new LocalDateTime(2026, 3, 2, 9, 0), [], new SimulationOptions { Channel = ChannelKind.Postal });
        Assert.Equal(ChannelKind.Postal, postal!.Channel);

        var (refused, error) = Simulation.Run(definition, new LocalDateTime(2026, 3, 2, 9, 0), [], new SimulationOptions { Channel = ChannelKind.OnlineFull });
        Assert.Null(refused);
        Assert.Equal("thủ tục 1.010772 không nhận hồ sơ qua cách thức online-full; chỉ nhận: in-person, postal", error!.Message(MessageLanguage.Vietnamese));
    }

    [Fact]
    public void An_abolished_procedure_refuses_a_dossier_submitted_after_its_abolition()
    {
        var (instance, error) = Simulation.Run(FixtureProcedures.All["2.001661"], new LocalDateTime(2025, 7, 2, 9, 0), []);

        Assert.Null(instance);
        Assert.Equal("PRC5004", error!.Code);
        Assert.StartsWith("procedure 2.001661 was abolished on 2025-07-01", error.Message(MessageLanguage.English));
        Assert.StartsWith("thủ tục 2.001661 đã bị bãi bỏ từ ngày 2025-07-01", error.Message(MessageLanguage.Vietnamese));
    }

    [Fact]
    public void An_outcome_the_step_does_not_have_is_reported_with_the_choices()
    {
        var (_, error) = Simulation.Run(FixtureProcedures.All["1.001978"], new LocalDateTime(2026, 3, 2, 9, 0), ["Received", "maybe"]);

        Assert.Equal("\"maybe\" is not an outcome of \"Thẩm định hồ sơ\"; choose from: sufficient, insufficient, not-eligible", error!.Message(MessageLanguage.English));
    }
}
