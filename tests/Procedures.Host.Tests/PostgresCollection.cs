namespace Procedures.Host.Tests;

/// <summary>One PostgreSQL server for all the tests that need one; each test takes a database of its own.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
