using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Procedures.Host.Tests;

/// <summary>Raw HTTP for the tests that check what the generated client cannot send: bad bodies, missing headers.</summary>
public static class Http
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string? json, string? ifMatch = null,
        string? idempotencyKey = null, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, contentType);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (idempotencyKey is not null) request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        return await client.SendAsync(request);
    }

    public static async Task<JsonNode> JsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("empty body");

    /// <summary>The problem of a 4xx response, asserting it is one.</summary>
    public static async Task<JsonNode> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string type)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(body)!;
        Assert.Equal("urn:procedures:problem:" + type, (string?)problem["type"]);
        Assert.Equal((int)status, (int?)problem["status"]);
        return problem;
    }

    /// <summary>A dossier's id and revision, from a submission's or read's body.</summary>
    public static async Task<(string Id, int Revision, JsonNode Body)> DossierAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        var node = JsonNode.Parse(body)!;
        var revision = (int)node["revision"]!;
        Assert.Equal($"\"{revision}\"", response.Headers.ETag?.Tag);
        return ((string)node["id"]!, revision, node);
    }

    public static string Json(object value) => JsonSerializer.Serialize(value);

    public static string ETag(int revision) => $"\"{revision}\"";

    public static MediaTypeHeaderValue JsonType { get; } = new("application/json");
}
