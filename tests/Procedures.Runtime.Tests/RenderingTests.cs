using Procedures.Runtime.Tests.Support;
using Procedures.Testing;
using Procedures.Workflows;
using Procedures.Workflows.Activities;
using Procedures.Workflows.Rendering;

namespace Procedures.Runtime.Tests;

public sealed class RenderingTests
{
    [Fact]
    public void Mermaid_shows_titles_units_limits_and_ports_and_escapes_quotes()
    {
        var definition = Sample.Forwarded();
        var mermaid = MermaidRenderer.Render(definition);
        Assert.StartsWith("flowchart LR\n", mermaid);
        Assert.Contains("n_receive[\"Tiếp nhận hồ sơ<br/><small>Bộ phận Một cửa · 0.5 ngày làm việc</small>\"]", mermaid);
        Assert.Contains("n_aged{\"Từ 80 tuổi trở lên?<br/><small>Data.Age #gt;= 80 #amp;#amp; Data.Name != #quot;#quot;</small>\"}", mermaid);
        Assert.Contains("n_aged -->|\"Đúng\"| n_forward", mermaid);
        Assert.Contains("n_end([\"Kết thúc\"])", mermaid);
        Assert.DoesNotContain("\r", mermaid);
        Assert.Equal(mermaid, MermaidRenderer.Render(Sample.Forwarded()));
    }

    [Fact]
    public void Definition_text_escapes_table_cells()
    {
        var text = DefinitionTextRenderer.Render(Sample.Unemployment());
        Assert.Contains("| 2 | contract | Hợp đồng lao động đã chấm dứt \\| bản sao |", text);
        Assert.Contains("```mermaid\nflowchart LR\n", text);
        Assert.DoesNotContain("```json", text);
    }

    [Fact]
    public void Unemployment_benefit_snapshot() =>
        Snapshot.Verify(DefinitionTextRenderer.Render(Sample.Unemployment()), "sample-unemployment", "md");

    [Fact]
    public void Social_allowance_snapshot() =>
        Snapshot.Verify(DefinitionTextRenderer.Render(Sample.SocialAllowance()), "sample-social-allowance", "md");

    [Fact]
    public void Validator_reports_structural_problems()
    {
        var definition = WorkflowDefinition.Create(Sample.Facts("9.000001", "x", Calendar.TimeLimit.WorkingDays(1)), new Flowchart(
            [new UnitTaskActivity("a", "A", "U", Calendar.TimeLimit.WorkingDays(1)), new UnitTaskActivity("a", "B", "U", Calendar.TimeLimit.WorkingDays(1))],
            [Connection.Create("a", "Done", "b")]));
        var problems = DefinitionValidator.Validate(definition);
        Assert.Contains(problems, p => p.Contains("0 start activities"));
        Assert.Contains(problems, p => p.Contains("\"a\" is used 2 times"));
        Assert.Contains(problems, p => p.Contains("unknown activity \"b\""));
        Assert.Empty(DefinitionValidator.Validate(Sample.Unemployment()));
    }
}
