namespace Procedures.Language.Tests;

/// <summary>The procedures the repository ships are checked together, as <c>procedures check procedures</c> does.</summary>
public class RepositoryProcedureTests
{
    [Fact]
    public void Every_procedure_file_under_procedures_checks_without_errors()
    {
        var paths = RepositoryFiles.AllPaths().ToArray();
        Assert.Contains("procedures/viec-lam/1.001978.proc", paths);

        var compilation = Compilation.Create(paths.Select(RepositoryFiles.Read));

        Assert.Empty(compilation.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
    }

    [Fact]
    public void Every_file_outside_the_catalogue_holds_a_procedure()
    {
        var procedureFiles = RepositoryFiles.AllPaths().Where(p => !p.StartsWith("procedures/catalogue/", StringComparison.Ordinal)).ToArray();

        var compilation = Compilation.Create(RepositoryFiles.AllPaths().Select(RepositoryFiles.Read));

        Assert.Equal(procedureFiles, compilation.Procedures.Select(p => p.Path).Order(StringComparer.Ordinal));
    }
}
