using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace Procedures.Persistence;

// NodaTime values as provider types that SQLite and PostgreSQL both order correctly: instants as UTC DateTime,
// Vietnam civil times as unspecified DateTime, dates as DateOnly.

internal sealed class InstantConverter() : ValueConverter<Instant, DateTime>(
    i => i.ToDateTimeUtc(),
    d => Instant.FromDateTimeUtc(DateTime.SpecifyKind(d, DateTimeKind.Utc)));

internal sealed class LocalDateTimeConverter() : ValueConverter<LocalDateTime, DateTime>(
    l => l.ToDateTimeUnspecified(),
    d => LocalDateTime.FromDateTime(d));

internal sealed class LocalDateConverter() : ValueConverter<LocalDate, DateOnly>(
    l => l.ToDateOnly(),
    d => LocalDate.FromDateOnly(d));
