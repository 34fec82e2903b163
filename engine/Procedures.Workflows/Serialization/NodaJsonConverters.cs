using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Procedures.Workflows.Serialization;

/// <summary>ISO-8601 converters for the NodaTime types we persist (NodaTime.Serialization is not available here).</summary>
public sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        NodaParse.Value(LocalDatePattern.Iso, reader.GetString());

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
}

public sealed class LocalDateTimeJsonConverter : JsonConverter<LocalDateTime>
{
    public override LocalDateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        NodaParse.Value(LocalDateTimePattern.ExtendedIso, reader.GetString());

    public override void Write(Utf8JsonWriter writer, LocalDateTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(LocalDateTimePattern.ExtendedIso.Format(value));
}

public sealed class InstantJsonConverter : JsonConverter<Instant>
{
    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        NodaParse.Value(InstantPattern.ExtendedIso, reader.GetString());

    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) =>
        writer.WriteStringValue(InstantPattern.ExtendedIso.Format(value));
}

internal static class NodaParse
{
    public static T Value<T>(IPattern<T> pattern, string? text)
    {
        var result = pattern.Parse(text ?? "");
        return result.Success ? result.Value : throw new JsonException($"'{text}' is not a valid {typeof(T).Name}.");
    }
}
