using System.Net;
using System.Text.Json.Nodes;

namespace Procedures.Host.Tests;

public abstract class IdempotencyTests(IHostDatabase database) : HostTest(database)
{
    const string Submit = $"/api/v1/procedures/{Agencies.Unemployment}/dossiers";

    [SkippableFact]
    public async Task A_retry_with_the_same_key_gets_the_first_dossier_and_opens_no_other()
    {
        await using var host = await StartAsync();
        var portal = host.As(Who.PortalOf("cong-tinh"));

        var first = await Http.PostAsync(portal, Submit, """{"documents":["request"]}""", idempotencyKey: "ho-so-42");
        var retry = await Http.PostAsync(portal, Submit, """{ "documents" : [ "request" ] }""", idempotencyKey: "ho-so-42");
        var other = await Http.PostAsync(portal, Submit, "{}");

        var (id, _, body) = await Http.DossierAsync(first);
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(["true"], retry.Headers.GetValues("Idempotent-Replayed"));
        var (retried, _, _) = await Http.DossierAsync(retry);
        Assert.Equal(id, retried);
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        // Dossiers are numbered at the receipt, not at submission: told apart by their ids.
        Assert.Null((string?)body["number"]);
        Assert.NotEqual(id, (await Http.DossierAsync(other)).Id);
    }

    [SkippableFact]
    public async Task The_same_key_with_another_request_is_refused_and_another_portals_key_is_its_own()
    {
        await using var host = await StartAsync();
        var portal = host.As(Who.PortalOf("cong-tinh"));
        var (id, _, _) = await Http.DossierAsync(await Http.PostAsync(portal, Submit, """{"channel":"InPerson"}""", idempotencyKey: "k"));

        var problem = await Http.ProblemAsync(await Http.PostAsync(portal, Submit, """{"channel":"Postal"}""", idempotencyKey: "k"),
            HttpStatusCode.UnprocessableEntity, "idempotency-key-reused");
        Assert.Equal($"khóa đã được dùng cho một yêu cầu khác (hồ sơ {id})", (string?)problem["detail"]);
        var (otherPortals, _, _) = await Http.DossierAsync(await Http.PostAsync(host.As(Who.PortalOf("cong-bo")), Submit, """{"channel":"InPerson"}""", idempotencyKey: "k"));
        Assert.NotEqual(id, otherPortals);
    }

    [SkippableFact]
    public async Task A_refused_submission_leaves_its_key_free_for_the_corrected_request()
    {
        await using var host = await StartAsync();
        var portal = host.As(Who.PortalOf("cong-tinh"));

        await Http.ProblemAsync(await Http.PostAsync(portal, Submit, """{"channel":"OnlineFull"}""", idempotencyKey: "sua-lai"),
            HttpStatusCode.UnprocessableEntity, "refused");
        var corrected = await Http.PostAsync(portal, Submit, """{"channel":"OnlinePartial"}""", idempotencyKey: "sua-lai");

        var (_, _, body) = await Http.DossierAsync(corrected);
        Assert.Equal(HttpStatusCode.Created, corrected.StatusCode);
        Assert.Equal("OnlinePartial", (string?)body["channel"]);
    }

    [SkippableFact]
    public async Task Eight_attempts_at_once_with_one_key_open_one_dossier()
    {
        await using var host = await StartAsync();
        var portal = host.As(Who.PortalOf("cong-tinh"));

        var attempts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Http.PostAsync(portal, Submit, "{}", idempotencyKey: "cung-luc")));

        var ids = new HashSet<string>();
        foreach (var attempt in attempts)
            ids.Add((await Http.DossierAsync(attempt)).Id);
        Assert.Single(ids);
        Assert.Single(attempts, a => !a.Headers.Contains("Idempotent-Replayed"));
        var next = await Http.DossierAsync(await Http.PostAsync(portal, Submit, "{}"));
        Assert.DoesNotContain(next.Id, ids);
    }
}

public sealed class IdempotencyOnSqlite() : IdempotencyTests(new SqliteDatabase());

[Collection(PostgresCollection.Name)]
public sealed class IdempotencyOnPostgres(PostgresServer server) : IdempotencyTests(new PostgresDatabase(server));
