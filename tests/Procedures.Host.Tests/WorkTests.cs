using System.Text.Json.Nodes;

namespace Procedures.Host.Tests;

public sealed class WorkTests : IDisposable
{
    readonly HostFolder folder = new();

    [Fact]
    public async Task The_inbox_lists_late_work_first_with_its_due_and_warning_times()
    {
        await using var host = new TestHost(folder);
        var portal = host.As(Who.PortalOf("cong-tinh"));
        var (early, _, _) = await Http.DossierAsync(await Http.PostAsync(portal, $"/api/v1/procedures/{Agencies.Unemployment}/dossiers", "{}"));
        folder.Later(TimeSpan.FromDays(1));
        var (fresh, _, _) = await Http.DossierAsync(await Http.PostAsync(portal, $"/api/v1/procedures/{Agencies.Unemployment}/dossiers", "{}"));

        var inbox = JsonNode.Parse(await host.As(Who.OfficerAt(Agencies.EmploymentCentre, Agencies.OneStop)).GetStringAsync("/api/v1/inbox"))!.AsArray();

        Assert.Equal([early, fresh], inbox.Select(i => (string?)i!["dossierId"]));
        Assert.True((bool)inbox[0]!["late"]!);
        Assert.False((bool)inbox[1]!["late"]!);
        Assert.Equal("2026-03-02T17:00:00+07:00", (string?)inbox[0]!["dueAt"]);
        Assert.Equal("Tiếp nhận hồ sơ", (string?)inbox[0]!["step"]);
    }

    [Fact]
    public async Task Warnings_are_raised_a_working_day_before_due_and_shown_to_the_unit_that_has_the_step()
    {
        await using var host = new TestHost(folder);
        var (id, revision, _) = await Http.DossierAsync(await Http.PostAsync(host.As(Who.PortalOf("cong-tinh")),
            $"/api/v1/procedures/{Agencies.Unemployment}/dossiers", "{}"));
        await Http.DossierAsync(await Http.PostAsync(host.As(Who.OfficerAt(Agencies.EmploymentCentre, Agencies.OneStop)),
            $"/api/v1/dossiers/{id}/receipt", """{"decision":"Received"}""", Http.ETag(revision)));
        // Appraisal: 15 working days from Monday 2 March 09:00 are due on Monday 23 March at 11:30 (the calendar counts
        // office hours); its warning is one working day before, on Friday 20 March at 11:30.
        folder.Clock.Set(new DateTimeOffset(2026, 3, 20, 12, 0, 0, TimeSpan.FromHours(7)));
        var appraiser = host.As(Who.OfficerAt(Agencies.EmploymentCentre, Agencies.UnemploymentInsurance));

        JsonArray warnings = [];
        for (var i = 0; i < 100 && warnings.Count == 0; i++, await Task.Delay(100))
            warnings = JsonNode.Parse(await appraiser.GetStringAsync("/api/v1/warnings"))!.AsArray();

        var warning = Assert.Single(warnings)!;
        Assert.Equal("tham-dinh", (string?)warning["activityId"]);
        Assert.False((bool)warning["overdue"]!);
        Assert.Equal("2026-03-23T11:30:00+07:00", (string?)warning["dueAt"]);
        Assert.Equal("2026-03-20T11:30:00+07:00", (string?)warning["warnAt"]);
        Assert.Empty(JsonNode.Parse(await host.As(Who.OfficerAt(Agencies.EmploymentCentre, Agencies.CentreDirector)).GetStringAsync("/api/v1/warnings"))!.AsArray());
    }

    public void Dispose() => folder.Dispose();
}
