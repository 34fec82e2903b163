using System.Text.Json;
using Procedures.Workflows.Serialization;

namespace Procedures.Runtime.State;

/// <summary>Instance state to and from JSON (NodaTime values as ISO text, enums by name).</summary>
public static class InstanceJson
{
    public static string Serialize(WorkflowInstance instance) => JsonSerializer.Serialize(instance, WorkflowJson.Options);

    /// <summary>Null, with the reason, when the text is not a valid instance; never throws on bad input.</summary>
    public static WorkflowInstance? Deserialize(string json, out string? error)
    {
        try
        {
            var instance = JsonSerializer.Deserialize<WorkflowInstance>(json, WorkflowJson.Options);
            error = instance is null ? "the JSON holds no instance" : null;
            return instance;
        }
        catch (JsonException e)
        {
            error = e.Message;
            return null;
        }
    }
}
