namespace Procedures.Persistence.Tests;

/// <summary>One PostgreSQL server for all the tests that need one.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
