using NodaTime;
using Procedures.Calendar;
using Procedures.Runtime;

namespace Procedures.Library.Tests;

public sealed class AbolishedProcedureTests
{
    [Fact]
    public void An_abolished_procedure_is_live_but_refuses_new_dossiers_with_its_decision()
    {
        using var folder = new FixtureFolder();
        var (library, _) = ProcedureLibrary.Load(folder.Path);
        var definition = library.Live("2.001661");
        Assert.NotNull(definition);

        var runtime = new DossierRuntime(new WeekdayCalendar(OfficeHours.Default), TimeProvider.System);
        var result = runtime.Start(definition, new StartRequest("HS-1",
            SubmittedAt: Instant.FromUtc(2026, 1, 5, 2, 0)));

        Assert.False(result.Accepted);
        Assert.Equal("PRC5004", result.Refusal!.Code);
        Assert.Contains("72/2025/QH15", result.Reason, StringComparison.Ordinal);
    }
}
