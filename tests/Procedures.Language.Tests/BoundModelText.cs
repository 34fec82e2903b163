using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using Procedures.Language.Binding;
using Procedures.Language.Text;

namespace Procedures.Language.Tests;

/// <summary>A bound procedure as JSON without source positions: two files mean the same when these texts are equal.</summary>
public static class BoundModelText
{
    static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(), new LocalDateConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver
        {
            Modifiers =
            {
                info =>
                {
                    foreach (var property in info.Properties.Where(p => p.PropertyType == typeof(SourceSpan) || p.Name == "Path").ToArray())
                        info.Properties.Remove(property);
                },
            },
        },
    };

    public static string Of(BoundProcedure procedure) => JsonSerializer.Serialize(procedure, Options);

    sealed class LocalDateConverter : JsonConverter<LocalDate>
    {
        public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString("yyyy-MM-dd", null));
    }
}
