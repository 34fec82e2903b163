using System.Net;
using Procedures.Host.Tests.Client;

namespace Procedures.Host.Tests;

public abstract class RestartTests(IHostDatabase database) : HostTest(database)
{
    [SkippableFact]
    public async Task A_dossier_half_way_through_finishes_after_the_host_restarts_and_its_key_still_holds()
    {
        DossierView signing;
        await using (var first = await StartAsync())
        {
            var life = new Lifecycle(first);
            signing = await life.ToSigningAsync(await life.SubmitAsync("truoc-khi-khoi-dong-lai"));
        }

        await using var second = await StartAsync();
        var again = new Lifecycle(second);
        var read = await again.Director.GetDossierAsync(signing.Id);
        Assert.Equal(signing.Revision, read.Revision);
        Assert.Equal(signing.Timeline.Select(e => e.Sequence), read.Timeline.Select(e => e.Sequence));

        var retried = await Http.PostAsync(second.As(Who.PortalOf(Lifecycle.Portal)), $"/api/v1/procedures/{Agencies.Unemployment}/dossiers",
            """{"channel":"InPerson","documents":["request","so-bhxh"]}""", idempotencyKey: "truoc-khi-khoi-dong-lai");
        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        Assert.Equal(signing.Id, (await Http.DossierAsync(retried)).Id);

        var returned = await again.FinishAsync(read);
        Assert.Equal("Returned", returned.Status);
    }
}

public sealed class RestartOnSqlite() : RestartTests(new SqliteDatabase());

[Collection(PostgresCollection.Name)]
public sealed class RestartOnPostgres(PostgresServer server) : RestartTests(new PostgresDatabase(server));
