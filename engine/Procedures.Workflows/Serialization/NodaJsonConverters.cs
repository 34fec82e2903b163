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

/// <summary>
/// The extended ISO pattern's text (seconds always, the fraction trimmed). Every journal line holds several of these, so
/// the common case goes through <see cref="DateTime"/>, whose ISO text the JSON writer and reader handle without
/// allocating and which is the pattern's text exactly wherever a <see cref="DateTime"/> holds the value; the pattern
/// itself handles the rest (sub-tick fractions, years before 1, and any text the writer would not have written).
/// </summary>
public sealed class LocalDateTimeJsonConverter : JsonConverter<LocalDateTime>
{
    public override LocalDateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped
            && IsPlainIsoText(reader.ValueSpan) && reader.TryGetDateTime(out var value) && value.Kind == DateTimeKind.Unspecified)
            return LocalDateTime.FromDateTime(value);
        return NodaParse.Value(LocalDateTimePattern.ExtendedIso, reader.GetString());
    }

    public override void Write(Utf8JsonWriter writer, LocalDateTime value, JsonSerializerOptions options)
    {
        if (value.Year >= 1 && value.NanosecondOfSecond % NodaConstants.NanosecondsPerTick == 0)
            writer.WriteStringValue(value.ToDateTimeUnspecified());
        else
            writer.WriteStringValue(LocalDateTimePattern.ExtendedIso.Format(value));
    }

    // uuuu-MM-ddTHH:mm:ss, then nothing or a fraction of one to seven digits (ticks): no offset, nothing else.
    private static bool IsPlainIsoText(ReadOnlySpan<byte> text) =>
        text.Length is 19 or (>= 21 and <= 27) && text[10] == (byte)'T' && (text.Length == 19 || text[19] == (byte)'.');
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
