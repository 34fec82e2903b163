using NodaTime;

namespace Procedures.Persistence.Tests;

public abstract class DossierNumberSequenceTests(TestDatabase database) : IAsyncLifetime
{
    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    [SkippableFact]
    public void Numbers_taken_concurrently_by_several_hosts_never_repeat_and_count_per_agency_and_day()
    {
        var days = new[] { new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 3) };
        var agencies = new[] { "000.00.12.H26", "000.00.13.H26" };
        var taken = new System.Collections.Concurrent.ConcurrentBag<(string, LocalDate, int)>();

        Parallel.For(0, 200, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            // A sequence per take, as separate hosts on the same database would have.
            var sequence = new StoredDossierNumberSequence(database.NewOptions());
            var agency = agencies[i % 2];
            var day = days[i / 2 % 2];
            taken.Add((agency, day, sequence.Next(agency, day)));
        });

        foreach (var group in taken.GroupBy(t => (t.Item1, t.Item2)))
            Assert.Equal(Enumerable.Range(1, 50), group.Select(t => t.Item3).Order());
    }

    [SkippableFact]
    public async Task Two_hosts_taking_numbers_side_by_side_for_one_agency_and_day_share_them_out_without_a_gap()
    {
        var day = new LocalDate(2026, 3, 2);
        var hosts = new[] { new StoredDossierNumberSequence(database.NewOptions()), new StoredDossierNumberSequence(database.NewOptions()) };

        var taken = await Task.WhenAll(hosts.Select(host => Task.Run(() =>
            Enumerable.Range(0, 200).Select(_ => host.Next("000.00.12.H26", day)).ToArray())));

        Assert.All(taken, numbers => Assert.Equal(numbers.Order(), numbers));
        Assert.Equal(Enumerable.Range(1, 400), taken.SelectMany(n => n).Order());
    }
}

public sealed class DossierNumberSequenceOnSqlite() : DossierNumberSequenceTests(new SqliteTestDatabase());

[Collection(PostgresCollection.Name)]
public sealed class DossierNumberSequenceOnPostgres(PostgresServer server) : DossierNumberSequenceTests(new PostgresTestDatabase(server));
