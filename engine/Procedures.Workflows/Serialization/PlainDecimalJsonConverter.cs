using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Procedures.Workflows.Serialization;

/// <summary>Writes decimals without trailing zeros, so 20 and 20.0 working days hash alike.</summary>
public sealed class PlainDecimalJsonConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.ToString("0.############################", CultureInfo.InvariantCulture));
}
