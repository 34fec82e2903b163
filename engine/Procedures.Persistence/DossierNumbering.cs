using NodaTime;

namespace Procedures.Persistence;

/// <summary>
/// Where a write takes a dossier number from: the daily sequence of <see cref="AgencyCode"/> for the day
/// <see cref="Today"/> says when the write is applied, inside its transaction (Circular 01/2018 Art. 19).
/// </summary>
public sealed record DossierNumbering(string AgencyCode, Func<LocalDate> Today)
{
    public string AgencyCode { get; } = !string.IsNullOrWhiteSpace(AgencyCode) ? AgencyCode
        : throw new ArgumentException("an agency code is required to number dossiers", nameof(AgencyCode));
}
