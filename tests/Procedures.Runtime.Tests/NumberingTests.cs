using Procedures.Runtime.Numbering;
using Procedures.Runtime.Tests.Support;

namespace Procedures.Runtime.Tests;

/// <summary>The daily sequence is shared state, so the host takes the number before the pure start.</summary>
public sealed class NumberingTests
{
    [Fact]
    public void The_host_takes_the_number_first_and_the_start_uses_it_as_given()
    {
        var h = new Harness(Sample.Unemployment());
        var sequence = new InMemoryDossierNumberSequence();
        Assert.Null(DossierNumber.TryTake(h.Definition, Harness.Monday, sequence, out var first));
        Assert.Null(DossierNumber.TryTake(h.Definition, Harness.Monday, sequence, out var second));
        Assert.Equal("000.00.12.H26-250714-0001", first);
        Assert.Equal("000.00.12.H26-250714-0002", second);

        var started = h.Runtime.Start(h.Definition, new StartRequest("HS-1", second));
        Assert.True(started.Accepted, started.Reason);
        Assert.Equal(second, started.Instance!.DossierNumber);
    }

    [Fact]
    public void A_start_without_a_number_is_refused_and_takes_nothing_from_any_sequence()
    {
        var h = new Harness(Sample.Unemployment());
        var refused = h.Runtime.Start(h.Definition, new StartRequest("HS-1"));
        Assert.False(refused.Accepted);
        Assert.Equal("PRC5034", refused.Refusal!.Code);
        Assert.Empty(refused.Effects);
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
}
