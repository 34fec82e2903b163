using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Procedures.Workflows.Serialization;

/// <summary>The JSON options for definitions and instance state: NodaTime as ISO text, enums by name, Vietnamese unescaped.</summary>
public static class WorkflowJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.Converters.Add(new LocalDateJsonConverter());
        options.Converters.Add(new LocalDateTimeJsonConverter());
        options.Converters.Add(new InstantJsonConverter());
        options.Converters.Add(new PlainDecimalJsonConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
