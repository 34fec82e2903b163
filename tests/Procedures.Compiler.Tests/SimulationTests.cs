using NodaTime;
using Procedures.Calendar.Data;
using Procedures.Runtime.Simulation;
using Procedures.Runtime.State;

namespace Procedures.Compiler.Tests;

public class SimulationTests
{
    static readonly DossierSimulation Simulation =
        new(CalendarLoader.FromDirectory(Path.Combine(RepositoryFiles.ProceduresFolder, "calendar")).Calendar);

    public static TheoryData<string> Codes() => RepositoryProcedures.Codes();

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_procedure_takes_a_dossier_from_submission_to_its_end(string code)
    {
        var definition = RepositoryProcedures.All[code];
        // An abolished procedure is simulated while it was still in force.
        var submitted = definition.Facts.AbolishedDate is { } abolished ? abolished.PlusDays(-90).At(new LocalTime(9, 0)) : new LocalDateTime(2026, 3, 2, 9, 0);

        var (instance, error) = Simulation.Run(definition, submitted, []);

        Assert.Null(error);
        Assert.True(instance!.IsFinished);
        Assert.Contains(instance.Journal, e => e.Event == JournalEvent.Submitted);
        Assert.DoesNotContain(instance.Journal, e => e.Punctuality == Punctuality.Late);
    }

    [Fact]
    public void Unemployment_benefit_received_before_Tet_is_due_after_the_holiday()
    {
        // Received Thursday 12 Feb 2026 at 16:00, after the 15:00 hand-over: counting starts Friday 13 Feb;
        // Tết 16–20 Feb 2026 is off (domain.md), so the 20th working day is Thursday 19 March.
        var (instance, error) = Simulation.Run(RepositoryProcedures.All["1.001978"], new LocalDateTime(2026, 2, 12, 16, 0), []);

        Assert.Null(error);
        Assert.Equal(new LocalDateTime(2026, 3, 19, 17, 0), instance!.DueAt);
        Assert.Equal("000.19.30.H00-260212-0001", instance.DossierNumber);
        Assert.Equal(DossierStatus.Returned, instance.Status);
    }

    [Fact]
    public void Completion_requested_at_appraisal_restarts_the_deadline_from_the_completed_dossier()
    {
        var (instance, error) = Simulation.Run(RepositoryProcedures.All["1.001978"], new LocalDateTime(2026, 3, 2, 9, 0),
            ["Received", "insufficient", "sufficient"]);

        Assert.Null(error);
        // Completed one day after the request, Tuesday 3 March at 09:00: counting starts with that afternoon's
        // session, so the 40th half-day session is the morning of Tuesday 31 March.
        Assert.Equal(new LocalDateTime(2026, 3, 31, 11, 30), instance!.DueAt);
    }

    [Fact]
    public void An_abolished_procedure_refuses_a_dossier_submitted_after_its_abolition()
    {
        var (instance, error) = Simulation.Run(RepositoryProcedures.All["2.001661"], new LocalDateTime(2025, 7, 2, 9, 0), []);

        Assert.Null(instance);
        Assert.StartsWith("procedure 2.001661 was abolished on 2025-07-01", error);
    }

    [Fact]
    public void An_outcome_the_step_does_not_have_is_reported_with_the_choices()
    {
        var (_, error) = Simulation.Run(RepositoryProcedures.All["1.001978"], new LocalDateTime(2026, 3, 2, 9, 0), ["Received", "maybe"]);

        Assert.Equal("\"maybe\" is not an outcome of \"Thẩm định hồ sơ\" (sufficient, insufficient, not-eligible)", error);
    }
}
