using System.Text.Json;

namespace Procedures.Compiler.Tests.Elsa;

/// <summary>
/// The export has the JSON shapes Elsa's own exporter writes (tests/Fixtures/elsa/builtins-*.json, copies of
/// shared/reference/elsa): the same keys in the same order, the same type names. Our own additions are the
/// documented ones only: <c>customProperties.procedures</c> and <c>metadata.displayText</c>.
/// </summary>
public class ElsaSampleShapeTests
{
    static readonly ExportedWorkflow Export = ExportedWorkflow.Of(ElsaFixtures.EveryKindDefinition);

    static IEnumerable<JsonElement> SampleActivities => ElsaFixtures.Samples.Values.SelectMany(s => s.Activities);

    [Fact]
    public void The_contract_table_agrees_with_every_activity_Elsa_wrote()
    {
        foreach (var activity in SampleActivities)
        {
            var builtIn = ElsaContract.BuiltIns[ExportedWorkflow.Type(activity)];
            var keys = activity.EnumerateObject().Select(p => p.Name).ToList();
            Assert.Equal(ElsaContract.ActivityKeys, keys.Where(ElsaContract.ActivityKeys.Contains));
            foreach (var key in keys.Except(ElsaContract.ActivityKeys))
            {
                Assert.Contains(key, builtIn.Inputs.Select(i => i.Key).Concat(builtIn.Outputs));
                if (builtIn.Inputs.FirstOrDefault(i => i.Key == key) is { TypeName: { } typeName } && activity.GetProperty(key).ValueKind != JsonValueKind.Null)
                    Assert.Equal(typeName, activity.GetProperty(key).GetProperty("typeName").GetString());
            }
        }
        Assert.Subset(SampleActivities.Select(ExportedWorkflow.Type).ToHashSet(), Export.Activities.Select(ExportedWorkflow.Type).ToHashSet());
    }

    [Fact]
    public void Every_exported_activity_has_the_shape_of_an_activity_of_its_type_Elsa_wrote()
    {
        foreach (var activity in Export.Activities)
        {
            var ours = Shape(activity);
            var theirs = SampleActivities.Where(a => ExportedWorkflow.Type(a) == ExportedWorkflow.Type(activity)).Select(a => Shape(a)).Distinct().ToList();
            Assert.True(theirs.Contains(ours), $"{ExportedWorkflow.Id(activity)}:\n{ours}\nis none of\n{string.Join("\n", theirs)}");
        }
    }

    [Fact]
    public void The_definition_its_variables_inputs_root_and_connections_have_the_shapes_Elsa_wrote()
    {
        var sample = ElsaFixtures.Samples["builtins-setvariable-inputs.json"].Root;
        var decision = ElsaFixtures.Samples["builtins-event-decision.json"].Root;

        Assert.Equal(Keys(sample), Keys(Export.Root));
        Assert.Equal(Keys(sample.GetProperty("root")), Keys(Export.Root.GetProperty("root")));
        Assert.Equal(Shape(sample.GetProperty("root").GetProperty("customProperties")), Shape(Export.Root.GetProperty("root").GetProperty("customProperties")));
        Assert.Equal(Keys(sample.GetProperty("inputs")[0]), Keys(Export.Root.GetProperty("inputs")[0]));
        Assert.Equal(sample.GetProperty("inputs")[0].GetProperty("storageDriverType").GetString(), Export.Root.GetProperty("inputs")[0].GetProperty("storageDriverType").GetString());
        Assert.Equal(Shape(decision.GetProperty("variables")[0]), Shape(Export.Root.GetProperty("variables")[0]));
        Assert.Equal(Shape(sample.GetProperty("root").GetProperty("connections")[0]), Shape(Export.Root.GetProperty("root").GetProperty("connections")[0]));
        Assert.Equal(Shape(sample.GetProperty("options")), Shape(Export.Root.GetProperty("options")));
    }

    static string[] Keys(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    /// <summary>Keys in order with the kinds of their values; type names kept, as they decide what Elsa reads.</summary>
    static string Shape(JsonElement element, string? key = null) => element.ValueKind switch
    {
        JsonValueKind.Object => "{" + string.Join(", ", element.EnumerateObject()
            .Where(p => !(key == "customProperties" && p.Name == "procedures") && !(key == "metadata" && p.Name == "displayText"))
            .Select(p => $"{p.Name}: {Shape(p.Value, p.Name)}")) + "}",
        JsonValueKind.Array => element.GetArrayLength() == 0 ? "[]" : $"[{Shape(element[0])}]",
        JsonValueKind.String when key is "typeName" or "storageDriverTypeName" or "storageDriverType" or "type" => $"\"{element.GetString()}\"",
        JsonValueKind.String => "text",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "yes-no",
        _ => "null",
    };
}
