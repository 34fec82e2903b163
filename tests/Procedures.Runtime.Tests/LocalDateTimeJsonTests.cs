using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Procedures.Workflows.Serialization;

namespace Procedures.Runtime.Tests;

/// <summary>Stored times read and write as NodaTime's extended ISO text, whichever way the converter takes.</summary>
public sealed class LocalDateTimeJsonTests
{
    public static TheoryData<LocalDateTime> Times() =>
    [
        new LocalDateTime(2026, 3, 2, 9, 0),
        new LocalDateTime(2026, 3, 2, 23, 59, 59),
        new LocalDateTime(2026, 3, 2, 9, 0, 5).PlusMilliseconds(120),
        new LocalDateTime(2026, 3, 2, 9, 0, 5).PlusTicks(1),
        new LocalDateTime(2026, 3, 2, 9, 0, 5).PlusNanoseconds(123_456_789),
        new LocalDateTime(2026, 3, 2, 9, 0, 5).PlusNanoseconds(7),
        new LocalDateTime(1, 1, 1, 0, 0),
        new LocalDateTime(9999, 12, 31, 23, 59, 59).PlusTicks(9_999_999),
        new LocalDateTime(-3, 6, 1, 12, 30),
    ];

    [Theory]
    [MemberData(nameof(Times))]
    public void A_time_is_written_as_the_extended_iso_pattern_and_read_back_unchanged(LocalDateTime time)
    {
        var json = JsonSerializer.Serialize(time, WorkflowJson.Options);
        Assert.Equal($"\"{LocalDateTimePattern.ExtendedIso.Format(time)}\"", json);
        Assert.Equal(time, JsonSerializer.Deserialize<LocalDateTime>(json, WorkflowJson.Options));
    }

    [Theory]
    [InlineData("\"2026-03-02\"")]
    [InlineData("\"2026-03-02T09:00\"")]
    [InlineData("\"2026-03-02T09:00:00Z\"")]
    [InlineData("\"2026-03-02T09:00:00+07:00\"")]
    [InlineData("\"2026-03-02 09:00:00\"")]
    [InlineData("\"2026-02-30T09:00:00\"")]
    public void Text_the_pattern_refuses_is_refused(string json)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<LocalDateTime>(json, WorkflowJson.Options));
    }
}
