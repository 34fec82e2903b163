using NodaTime;

namespace Procedures.Persistence.Tests;

public sealed class DossierNumberSequenceTests : IAsyncLifetime
{
    readonly TempDatabase database = new();

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public void Numbers_taken_concurrently_by_several_hosts_never_repeat_and_count_per_agency_and_day()
    {
        var days = new[] { new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 3) };
        var agencies = new[] { "000.00.12.H26", "000.00.13.H26" };
        var taken = new System.Collections.Concurrent.ConcurrentBag<(string, LocalDate, int)>();

        Parallel.For(0, 200, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            // A sequence per take, as separate hosts on the same file would have.
            var sequence = new StoredDossierNumberSequence(EngineDatabase.Sqlite(database.ConnectionString));
            var agency = agencies[i % 2];
            var day = days[i / 2 % 2];
            taken.Add((agency, day, sequence.Next(agency, day)));
        });

        foreach (var group in taken.GroupBy(t => (t.Item1, t.Item2)))
            Assert.Equal(Enumerable.Range(1, 50), group.Select(t => t.Item3).Order());
    }
}
