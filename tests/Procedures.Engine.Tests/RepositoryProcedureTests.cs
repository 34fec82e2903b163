using Procedures.Persistence;
using Procedures.Runtime.Messages;

namespace Procedures.Engine.Tests;

/// <summary>What every procedure under <c>procedures/</c> must do in the durable engine.</summary>
public sealed class RepositoryProcedureTests : IDisposable
{
    private readonly Workspace workspace = new(copyOf: RepositoryFiles.ProceduresFolder);

    [Fact]
    public async Task Every_procedure_takes_a_dossier_that_survives_a_restart_and_runs_to_its_end()
    {
        var underWay = new List<StoredDossier>();
        var abolished = new List<string>();
        IReadOnlyCollection<string> codes;
        await using (var before = new ProcedureEngine(workspace.SqliteOptions(o => o.Watch = false)))
        {
            await before.StartAsync();
            codes = before.Library.Codes;
            Assert.Empty(before.Library.Problems);
            foreach (var code in codes.Order(StringComparer.Ordinal))
            {
                // A procedure its agency starts itself is opened by an officer of that agency, not submitted.
                var opener = before.Library.Live(code)?.Facts.StartedByAgency == true ? "Cán bộ thử nghiệm" : null;
                var result = await before.SubmitAsync(code, new Submission(OpenedBy: opener));
                if (result.Refusal?.Code == RefusalCatalogue.Abolished.Code)
                {
                    abolished.Add(code);
                    continue;
                }
                Assert.True(result.Succeeded, $"{code}: {result.Refusal}");
                underWay.Add(await new Driver(before, workspace).StepAsync(result.Dossier!));
            }
        }

        await using var after = new ProcedureEngine(workspace.SqliteOptions(o => o.Watch = false));
        var driver = new Driver(after, workspace);
        // Every dossier is read back before any is driven on: driving one moves the shared clock, and a timer of another
        // (a step that consents by silence) may then rightly fire.
        var readBack = new List<(StoredDossier Before, StoredDossier After)>();
        foreach (var dossier in underWay)
        {
            var read = await after.ReadAsync(dossier.Instance.DossierId);
            Assert.NotNull(read);
            Assert.Equal(dossier.Instance.Journal, read.Instance.Journal);
            readBack.Add((dossier, read));
        }
        foreach (var (before, read) in readBack)
        {
            var current = await after.ReadAsync(read.Instance.DossierId);
            var finished = await driver.FinishAsync(current!);
            Assert.Equal(before.Instance.DefinitionVersion, finished.Instance.DefinitionVersion);
        }
        Assert.Equal(codes.Count, underWay.Count + abolished.Count);
        Assert.All(codes, code => Assert.Single(after.Library.Versions(code)));
    }

    public void Dispose() => workspace.Dispose();
}
