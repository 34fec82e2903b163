using System.Text.Json;
using Procedures.Runtime.Tests.Support;
using Procedures.Elsa;

namespace Procedures.Runtime.Tests;

/// <summary>The procedures profile must have the shape of real Elsa 3 definitions (Data/*.json are two files Elsa Studio wrote).</summary>
public sealed class ElsaExportTests
{
    private static JsonElement Reference(string file) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", file))).RootElement;

    private static JsonElement Exported() => JsonDocument.Parse(ElsaExporter.Export(Sample.Unemployment(), ElsaProfile.Procedures)).RootElement;

    private static List<string> Names(JsonElement e) => e.EnumerateObject().Select(p => p.Name).ToList();

    private static readonly string[] ActivityKeys = ["id", "nodeId", "name", "type", "version", "customProperties", "metadata"];

    [Fact]
    public void Top_level_and_root_properties_are_those_of_the_reference_in_the_same_order()
    {
        var fork = Reference("fork-decision-join-converge.json");
        var triggers = Reference("triggers.json");
        var exported = Exported();
        Assert.Equal(Names(fork), Names(exported));
        // triggers.json has no description; its properties are the same list without it, in the same order.
        Assert.Equal(Names(triggers), Names(exported).Where(n => n != "description"));
        Assert.Equal(Names(fork.GetProperty("root")), Names(exported.GetProperty("root")));
        Assert.Equal(Names(triggers.GetProperty("root")), Names(exported.GetProperty("root")));
        Assert.Equal(Names(fork.GetProperty("root").GetProperty("customProperties")), Names(exported.GetProperty("root").GetProperty("customProperties")));
        Assert.Equal("Elsa.Flowchart", exported.GetProperty("root").GetProperty("type").GetString());
    }

    [Fact]
    public void Activities_carry_every_reference_activity_key_with_inputs_first_and_a_designer_position()
    {
        foreach (var reference in new[] { Reference("fork-decision-join-converge.json"), Reference("triggers.json") })
        {
            foreach (var activity in reference.GetProperty("root").GetProperty("activities").EnumerateArray())
                Assert.Equal(ActivityKeys, Names(activity).Where(ActivityKeys.Contains));
        }

        var exported = Exported();
        var rootId = exported.GetProperty("root").GetProperty("id").GetString();
        var activities = exported.GetProperty("root").GetProperty("activities").EnumerateArray().ToList();
        Assert.Equal(Sample.Unemployment().Root.Activities.Count, activities.Count);
        foreach (var activity in activities)
        {
            var names = Names(activity);
            Assert.Equal(ActivityKeys, names.TakeLast(ActivityKeys.Length));
            foreach (var input in names.Take(names.Count - ActivityKeys.Length))
            {
                var value = activity.GetProperty(input);
                Assert.Equal(["typeName", "expression"], Names(value));
                Assert.Equal(["type", "value"], Names(value.GetProperty("expression")));
            }
            var id = activity.GetProperty("id").GetString()!;
            Assert.Matches("^[0-9a-f]{16}$", id);
            Assert.Equal($"Workflow1:{rootId}:{id}", activity.GetProperty("nodeId").GetString());
            var designer = activity.GetProperty("metadata").GetProperty("designer");
            Assert.Equal(["position", "size"], Names(designer));
            Assert.Equal(["x", "y"], Names(designer.GetProperty("position")));
            Assert.Equal(["width", "height"], Names(designer.GetProperty("size")));
        }
        Assert.Contains(activities, a => a.GetProperty("type").GetString() == "Elsa.Start");
        Assert.Contains(activities, a => a.GetProperty("type").GetString() == "Procedures.Consultation");
    }

    [Fact]
    public void Connections_have_the_reference_shape_and_point_at_exported_activities()
    {
        var reference = Reference("fork-decision-join-converge.json").GetProperty("root").GetProperty("connections")[0];
        var exported = Exported().GetProperty("root");
        var ids = exported.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToHashSet();
        var connections = exported.GetProperty("connections").EnumerateArray().ToList();
        Assert.Equal(Sample.Unemployment().Root.Connections.Count, connections.Count);
        foreach (var c in connections)
        {
            Assert.Equal(Names(reference), Names(c));
            Assert.Equal(Names(reference.GetProperty("source")), Names(c.GetProperty("source")));
            Assert.Equal(Names(reference.GetProperty("target")), Names(c.GetProperty("target")));
            Assert.Equal(JsonValueKind.Array, c.GetProperty("vertices").ValueKind);
            Assert.Contains(c.GetProperty("source").GetProperty("activity").GetString(), ids);
            Assert.Contains(c.GetProperty("target").GetProperty("activity").GetString(), ids);
            Assert.Equal("In", c.GetProperty("target").GetProperty("port").GetString());
        }
    }

    [Fact]
    public void The_layout_runs_left_to_right_along_the_flow_ignoring_the_completion_loop()
    {
        var activities = Exported().GetProperty("root").GetProperty("activities").EnumerateArray()
            .ToDictionary(a => a.GetProperty("name").GetString()!, a => a.GetProperty("metadata").GetProperty("designer").GetProperty("position"));
        double X(string id) => activities[id].GetProperty("x").GetDouble();
        Assert.Equal(0, X("start"));
        Assert.True(X("start") < X("receive"));
        Assert.True(X("receive") < X("appraise"));
        Assert.True(X("appraise") < X("consult"));
        Assert.True(X("consult") < X("decide"));
        Assert.True(X("decide") < X("refusal"));
        Assert.True(X("refusal") < X("return"));
        Assert.True(X("return") < X("end"));
        Assert.Equal(X("receive") + 300, X("appraise"));
        // Receipt's incomplete branch and appraisal share a column, on different rows.
        Assert.Equal(X("appraise"), X("complete-receipt"));
        Assert.NotEqual(activities["appraise"].GetProperty("y").GetDouble(), activities["complete-receipt"].GetProperty("y").GetDouble());
    }

    [Fact]
    public void The_export_is_deterministic_lf_and_created_at_the_effective_date()
    {
        var text = ElsaExporter.Export(Sample.Unemployment(), ElsaProfile.Procedures);
        Assert.Equal(text, ElsaExporter.Export(Sample.Unemployment(), ElsaProfile.Procedures));
        Assert.DoesNotContain("\r", text);
        var root = JsonDocument.Parse(text).RootElement;
        Assert.Equal("2015-05-01T00:00:00+07:00", root.GetProperty("createdAt").GetString());
        Assert.Contains("\"createdAt\": \"2015-05-01T00:00:00+07:00\"", text);
        Assert.Equal("1.001978", root.GetProperty("definitionId").GetString());
        Assert.Contains("Giải quyết hưởng trợ cấp thất nghiệp", text);
    }
}
