using Procedures.Runtime.Messages;
using Procedures.Runtime.Numbering;
using Procedures.Runtime.Stimuli;
using Procedures.Runtime.Tests.Support;
using Procedures.Workflows;
using Procedures.Workflows.Activities;

namespace Procedures.Runtime.Tests;

/// <summary>
/// Circular 01/2018 Art. 19: the number carries the day the complete dossier is received. The daily sequence is shared
/// state, so the host takes the number and hands it to the pure run: at the receipt for a procedure with a receipt step,
/// at submission for one without.
/// </summary>
public sealed class NumberingTests
{
    [Fact]
    public void The_receipt_uses_the_number_the_host_took_and_an_unused_one_is_left_to_the_host()
    {
        var h = new Harness(Sample.Unemployment());
        var sequence = new InMemoryDossierNumberSequence();
        Assert.Null(DossierNumber.TryTake(h.Definition, Harness.Monday, sequence, out var first));
        Assert.Null(DossierNumber.TryTake(h.Definition, Harness.Monday, sequence, out var second));
        Assert.Equal("000.00.12.H26-250714-0001", first);
        Assert.Equal("000.00.12.H26-250714-0002", second);

        var started = h.Start();
        Assert.True(DossierNumber.Awaited(started));
        var asked = h.Runtime.Resume(h.Definition, started, new OfficerDecision("receive", Ports.Incomplete, "thiếu đơn"), first);
        Assert.True(asked.Accepted, asked.Reason);
        Assert.Null(asked.Instance!.DossierNumber);
        var received = h.Runtime.Resume(h.Definition, started, new OfficerDecision("receive", Ports.Received), second);
        Assert.True(received.Accepted, received.Reason);
        Assert.Equal(second, received.Instance!.DossierNumber);
        Assert.False(DossierNumber.Awaited(received.Instance));
    }

    [Fact]
    public void A_receipt_without_a_number_is_refused_and_so_is_a_number_at_submission()
    {
        var h = new Harness(Sample.Unemployment());
        var numbered = h.Runtime.Start(h.Definition, new StartRequest("HS-1", "000.00.12.H26-250714-0001"));
        Assert.False(numbered.Accepted);
        Assert.Equal("PRC5123", numbered.Refusal!.Code);

        var started = h.Start();
        var refused = h.Runtime.Resume(h.Definition, started, new OfficerDecision("receive", Ports.Received));
        Assert.False(refused.Accepted);
        Assert.Equal("PRC5122", refused.Refusal!.Code);
        Assert.Empty(refused.Effects);
    }

    [Fact]
    public void Without_a_receipt_step_the_dossier_is_numbered_at_submission_and_needs_its_number_there()
    {
        var h = new Harness(WithoutReceipt(Sample.Unemployment()));
        var unnumbered = h.Runtime.Start(h.Definition, new StartRequest("HS-1"));
        Assert.False(unnumbered.Accepted);
        Assert.Equal("PRC5034", unnumbered.Refusal!.Code);
        Assert.Empty(unnumbered.Effects);

        var started = h.Start();
        Assert.Equal("000.00.12.H26-250714-0001", started.DossierNumber);
        Assert.Equal(Harness.Monday, started.ReceivedAt);
    }

    [Fact]
    public void A_procedure_without_an_agency_code_cannot_be_numbered()
    {
        var definition = Sample.Unemployment();
        definition = definition with
        {
            Facts = definition.Facts with { ExecutingAgency = definition.Facts.ExecutingAgency with { Code = "" } },
        };
        var refusal = DossierNumber.TryTake(definition, Harness.Monday, new InMemoryDossierNumberSequence(), out var number);
        Assert.Equal("PRC5006", refusal!.Code);
        Assert.Equal("", number);
    }

    /// <summary>The sample with its receipt step taken out: the flow starts at the appraisal.</summary>
    internal static WorkflowDefinition WithoutReceipt(WorkflowDefinition definition)
    {
        var activities = definition.Root.Activities.Where(a => a is not ReceiptActivity && a.Id != "complete-receipt").ToList();
        var connections = definition.Root.Connections
            .Where(c => c.Source.Activity is not ("receive" or "complete-receipt"))
            .Select(c => c.Target.Activity == "receive" ? Connection.Create(c.Source.Activity, c.Source.Port, "appraise") : c)
            .ToList();
        return WorkflowDefinition.Create(definition.Facts, new Flowchart(activities, connections));
    }
}
