using NodaTime;

namespace Procedures.Runtime.Numbering;

/// <summary>A daily sequence per agency, held in memory (a durable store replaces it).</summary>
public sealed class InMemoryDossierNumberSequence : IDossierNumberSequence
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Agency, LocalDate Date), int> _last = [];

    public int Next(string agencyCode, LocalDate date)
    {
        lock (_gate)
        {
            var next = _last.GetValueOrDefault((agencyCode, date)) + 1;
            _last[(agencyCode, date)] = next;
            return next;
        }
    }
}
