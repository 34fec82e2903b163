using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using Procedures.Calendar;
using Procedures.Calendar.Data;
using Procedures.Compiler;
using Procedures.Language;
using Procedures.Language.Text;
using Procedures.Runtime;
using Procedures.Runtime.Numbering;
using Procedures.Runtime.Simulation;
using Procedures.Runtime.State;
using Procedures.Runtime.Stimuli;
using Procedures.Workflows;
using Procedures.Workflows.Facts;

namespace Procedures.Forms.Tests;

/// <summary>
/// A one-stop office on a hand-moved clock and the fixture calendar: opens dossiers of a compiled fixture procedure and
/// moves them as officers, agencies and applicants would, each at the time the test names.
/// </summary>
public sealed class Office
{
    static readonly Lazy<IWorkingCalendar> calendar = new(() =>
    {
        var loaded = CalendarLoader.FromDirectory(Fixtures.CalendarFolder);
        Assert.Empty(loaded.Diagnostics);
        return loaded.Calendar;
    });

    readonly InMemoryDossierNumberSequence numbers = new();
    readonly ManualClock clock = new(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero));

    public Office(WorkflowDefinition definition)
    {
        Definition = definition;
        Runtime = new DossierRuntime(Calendar, clock);
    }

    public static IWorkingCalendar Calendar => calendar.Value;

    public WorkflowDefinition Definition { get; }

    public DossierRuntime Runtime { get; }

    /// <summary>
    /// The frozen unemployment procedure (1.001978) with applicant data added: the catalogue's <c>nguoi-nop</c> field set
    /// (HọTên, NgàySinh, SốĐịnhDanh) and an address and a telephone number, the fields the forms print.
    /// </summary>
    public static WorkflowDefinition Unemployment { get; } = Compile(UnemploymentSource);

    /// <summary>The source of <see cref="Unemployment"/>.</summary>
    public static string UnemploymentSource => Fixtures.Text(Fixtures.Unemployment).Replace("\ndocuments\n", """

        data
          use nguoi-nop
          ĐịaChỉ "Địa chỉ" text
          SốĐiệnThoại "Số điện thoại" text optional

        documents

        """, StringComparison.Ordinal);

    public static ImmutableSortedDictionary<string, JsonElement> Applicant(string name, string address, string? phone = "0912 345 678") =>
        new Dictionary<string, object?>
        {
            ["HọTên"] = name,
            ["NgàySinh"] = "1988-05-17",
            ["SốĐịnhDanh"] = "001088012345",
            ["ĐịaChỉ"] = address,
            ["SốĐiệnThoại"] = phone,
        }.Where(p => p.Value is not null).ToImmutableSortedDictionary(p => p.Key, p => JsonSerializer.SerializeToElement(p.Value));

    public WorkflowInstance Submit(LocalDateTime at, ImmutableSortedDictionary<string, JsonElement> data, string id = "HS-1", ChannelKind channel = ChannelKind.InPerson)
    {
        At(at);
        var started = Runtime.Start(Definition, new StartRequest(id, null, channel, data));
        Assert.True(started.Accepted, started.Reason);
        return started.Instance!;
    }

    public WorkflowInstance Decide(WorkflowInstance dossier, LocalDateTime at, string activityId, string outcome, string? note = null) =>
        Do(dossier, at, new OfficerDecision(activityId, outcome, note));

    public WorkflowInstance Reply(WorkflowInstance dossier, LocalDateTime at, string activityId, string agency) =>
        Do(dossier, at, new AgencyReply(activityId, agency));

    public WorkflowInstance Complete(WorkflowInstance dossier, LocalDateTime at) => Do(dossier, at, new ApplicantCompletion());

    public WorkflowInstance Apologize(WorkflowInstance dossier, LocalDateTime at, LocalDateTime newDue, string reason) =>
        Do(dossier, at, new Apology(newDue, reason));

    public WorkflowInstance Do(WorkflowInstance dossier, LocalDateTime at, Stimulus stimulus)
    {
        At(at);
        // The receipt numbers the dossier with the agency's next number of the day (Circular 01/2018 Art. 19).
        string? number = null;
        if (DossierNumber.Awaited(dossier) && stimulus is OfficerDecision { Outcome: Workflows.Activities.Ports.Received })
            Assert.Null(DossierNumber.TryTake(Definition, at, numbers, out number));
        var result = Runtime.Resume(Definition, dossier, stimulus, number);
        Assert.True(result.Accepted, result.Reason);
        return result.Instance!;
    }

    void At(LocalDateTime vietnam) => clock.Set(VietnamTime.ToInstant(vietnam).ToDateTimeOffset());

    public static WorkflowDefinition Compile(string source)
    {
        var compilation = Compilation.Create(Fixtures.Catalogue().Append(new SourceFile("test.proc", source)));
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics.Select(d => d.ToString())));
        var definition = ProcedureCompiler.CompileAll(compilation).Single().Definition!;
        return definition with { Version = definition.Version with { Sequence = 1 }, IsPublished = true };
    }
}
