using System.Text.Json.Nodes;
using Procedures.Api.Problems;

namespace Procedures.Host.Tests;

public sealed class OpenApiDocumentTests : IDisposable
{
    readonly HostFolder folder = new();

    /// <summary>
    /// The served document is the committed snapshot, from which the test project generates its client at build time:
    /// a change of the API fails here until the snapshot (and so the client the lifecycle test drives) is accepted.
    /// </summary>
    [Fact]
    public async Task The_served_document_is_the_committed_snapshot()
    {
        await using var host = new TestHost(folder);
        var served = await host.CreateClient().GetStringAsync("/openapi/v1.json");
        Snapshot.Verify(served, "openapi", "json");
    }

    [Fact]
    public async Task The_document_is_OpenAPI_3_1_with_every_problem_type_and_an_example_for_every_contract()
    {
        await using var host = new TestHost(folder);
        var document = JsonNode.Parse(await host.CreateClient().GetStringAsync("/openapi/v1.json"))!;

        Assert.StartsWith("3.1", (string?)document["openapi"]);
        var examples = document["components"]!["examples"]!.AsObject();
        Assert.Equal(ProblemTypes.All.Select(p => p.Slug).Order(), examples.Select(e => e.Key).Order());
        foreach (var (name, example) in examples)
            Assert.Equal(ProblemTypes.All.Single(p => p.Slug == name).Uri, (string?)example!["value"]!["type"]);
        var schemas = document["components"]!["schemas"]!.AsObject();
        var withoutExample = schemas.Where(s => s.Value!["examples"] is null && s.Value["enum"] is null).Select(s => s.Key).ToList();
        // A data schema is any JSON Schema: the procedure decides its shape.
        Assert.Equal(["JsonObject"], withoutExample);
    }

    [Fact]
    public async Task The_interactive_documentation_is_served()
    {
        await using var host = new TestHost(folder);
        var page = await host.CreateClient().GetStringAsync("/docs");
        Assert.Contains("openapi/v1.json", page);
        Assert.Contains("scalar", page);
    }

    public void Dispose() => folder.Dispose();
}
