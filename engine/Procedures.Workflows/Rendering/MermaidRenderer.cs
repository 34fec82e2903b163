using System.Text;
using Procedures.Workflows.Activities;

namespace Procedures.Workflows.Rendering;

/// <summary>
/// The flowchart as Mermaid <c>flowchart LR</c> text, which code review renders: step titles as written, unit and
/// time limit under the title, ports as edge labels. Node ids are prefixed so that ids such as <c>end</c> (a Mermaid
/// keyword) stay legal.
/// </summary>
public static class MermaidRenderer
{
    public static string Render(WorkflowDefinition definition)
    {
        var text = new StringBuilder("flowchart LR\n");
        foreach (var node in FlowchartLayout.Compute(definition.Root))
        {
            var activity = node.Activity;
            var detail = activity is DecisionActivity d ? d.Condition : DomainWords.UnitAndLimit(activity);
            var label = Escape(activity.Name) + (string.IsNullOrEmpty(detail) ? "" : "<br/><small>" + Escape(detail) + "</small>");
            var (open, close) = activity.Kind switch
            {
                ActivityKind.Start or ActivityKind.End => ("([\"", "\"])"),
                ActivityKind.Decision => ("{\"", "\"}"),
                ActivityKind.Await => ("{{\"", "\"}}"),
                ActivityKind.Consultation or ActivityKind.RoutingSlip or ActivityKind.Forwarding or ActivityKind.Transfer => ("[[\"", "\"]]"),
                ActivityKind.Notice => (">\"", "\"]"),
                ActivityKind.Refusal or ActivityKind.ReturnForAmendment => ("[/\"", "\"/]"),
                _ => ("[\"", "\"]"),
            };
            text.Append("  ").Append(NodeId(activity.Id)).Append(open).Append(label).Append(close).Append('\n');
        }
        foreach (var c in definition.Root.Connections)
        {
            text.Append("  ").Append(NodeId(c.Source.Activity))
                .Append(" -->|\"").Append(Escape(DomainWords.Port(c.Source.Port))).Append("\"| ")
                .Append(NodeId(c.Target.Activity)).Append('\n');
        }
        return text.ToString();
    }

    private static string NodeId(string activityId)
    {
        var id = new StringBuilder("n_");
        foreach (var c in activityId) id.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        return id.ToString();
    }

    /// <summary>Mermaid labels are quoted; quotes and markup characters become entity codes.</summary>
    private static string Escape(string text) => text
        .Replace("&", "#amp;")
        .Replace("\"", "#quot;")
        .Replace("<", "#lt;")
        .Replace(">", "#gt;")
        .Replace("\r", "")
        .Replace("\n", " ");
}
