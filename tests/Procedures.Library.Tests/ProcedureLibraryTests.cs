using Procedures.Testing;

namespace Procedures.Library.Tests;

public sealed class ProcedureLibraryTests : IDisposable
{
    const string Code = "1.001978";
    const string Name = "\"Giải quyết hưởng trợ cấp thất nghiệp\"\n";
    const string Unit = "\"Phòng Bảo hiểm thất nghiệp\"";

    readonly FixtureFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Loading_publishes_version_1_of_every_clean_procedure_and_reports_no_problems()
    {
        var (library, result) = ProcedureLibrary.Load(_folder.Path);
        Assert.Empty(library.Problems);
        Assert.Empty(result.Rejected);
        Assert.Equal(["1.001776", "1.001978", "1.010772", "2.001661"], result.Published.Select(p => p.Code).Order(StringComparer.Ordinal));
        Assert.All(result.Published, p => Assert.Equal(1, p.Definition.Version.Sequence));
        Assert.Equal(1, library.Live(Code)!.Version.Sequence);
    }

    [Fact]
    public void An_edit_publishes_version_2_and_version_1_stays_retrievable()
    {
        var (library, _) = ProcedureLibrary.Load(_folder.Path);
        var first = library.Live(Code)!;
        _folder.Replace(Fixtures.Unemployment, Name, "\"Giải quyết hưởng trợ cấp thất nghiệp (sửa)\"\n");

        var result = library.Reload([Fixtures.Unemployment]);

        var published = Assert.Single(result.Published);
        Assert.Equal(Code, published.Code);
        Assert.Equal(2, library.Live(Code)!.Version.Sequence);
        Assert.Equal("Giải quyết hưởng trợ cấp thất nghiệp (sửa)", library.Live(Code)!.Name);
        Assert.Equal(first.Version, library.Version(Code, 1)!.Version);
        Assert.False(library.Version(Code, 1)!.IsLatest);
        Assert.Equal([1, 2], library.Versions(Code).Select(v => v.Version.Sequence));
        Assert.True(library.Live(Code)!.IsLatest);
    }

    [Fact]
    public void Saving_the_same_bytes_again_creates_no_version()
    {
        var (library, _) = ProcedureLibrary.Load(_folder.Path);
        _folder.Write(Fixtures.Unemployment, _folder.Text(Fixtures.Unemployment));

        Assert.True(library.Reload([Fixtures.Unemployment]).IsEmpty);
        Assert.True(library.Rescan().IsEmpty);
        Assert.Single(library.Versions(Code));
    }

    [Fact]
    public void A_broken_edit_keeps_the_live_version_and_exposes_its_diagnostics_and_fixing_it_publishes()
    {
        var (library, _) = ProcedureLibrary.Load(_folder.Path);
        var good = _folder.Text(Fixtures.Unemployment);
        _folder.Replace(Fixtures.Unemployment, "within 15 working days", "within fifteen working days");

        var broken = library.Reload([_folder.Full(Fixtures.Unemployment)]);

        Assert.Empty(broken.Published);
        var rejected = Assert.Single(broken.Rejected);
        Assert.Equal(Code, rejected.Code);
        Assert.Equal(1, rejected.Live!.Version.Sequence);
        Assert.Equal(1, library.Live(Code)!.Version.Sequence);
        Assert.Contains(library.Diagnostics(Code), d => d.IsError);
        var problem = Assert.Single(library.Problems);
        Assert.Equal(Fixtures.Unemployment, problem.Path);
        Assert.All(problem.Lines, line => Assert.StartsWith(Fixtures.Unemployment + "(", line));
        Assert.Contains(problem.Lines, line => line.Contains(": error PRC", StringComparison.Ordinal));

        _folder.Write(Fixtures.Unemployment, good.Replace(Name, "\"Trợ cấp thất nghiệp\"\n", StringComparison.Ordinal));
        var fixedResult = library.Reload([Fixtures.Unemployment]);

        Assert.Equal(2, Assert.Single(fixedResult.Published).Definition.Version.Sequence);
        Assert.Empty(library.Problems);
        Assert.DoesNotContain(library.Diagnostics(Code), d => d.IsError);
    }

    [Fact]
    public void Fixing_a_broken_edit_back_to_the_live_content_creates_no_version()
    {
        var (library, _) = ProcedureLibrary.Load(_folder.Path);
        var good = _folder.Text(Fixtures.Unemployment);
        _folder.Write(Fixtures.Unemployment, good + "\nsteps ???\n");
        Assert.Single(library.Reload([Fixtures.Unemployment]).Rejected);

        _folder.Write(Fixtures.Unemployment, good);

        Assert.True(library.Reload([Fixtures.Unemployment]).IsEmpty);
        Assert.Empty(library.Problems);
        Assert.Single(library.Versions(Code));
    }

    [Fact]
    public void A_catalogue_edit_rejects_the_procedures_using_the_renamed_unit_and_accepts_them_once_they_follow()
    {
        var (library, _) = ProcedureLibrary.Load(_folder.Path);
        _folder.Replace("catalogue/agencies.proc", Unit, "\"Phòng Bảo hiểm thất nghiệp và Việc làm\"");

        var renamed = library.Reload(["catalogue/agencies.proc"]);

        Assert.Equal(Code, Assert.Single(renamed.Rejected).Code);
        Assert.Contains(library.Diagnostics(Code), d => d.IsError && d.Message.Contains("Phòng Bảo hiểm thất nghiệp", StringComparison.Ordinal));
        Assert.Equal(1, library.Live(Code)!.Version.Sequence);
        Assert.Equal(Fixtures.Unemployment, Assert.Single(library.Problems).Path);

        _folder.Replace(Fixtures.Unemployment, Unit, "\"Phòng Bảo hiểm thất nghiệp và Việc làm\"");
        var followed = library.Reload([Fixtures.Unemployment]);

        Assert.Equal(2, Assert.Single(followed.Published).Definition.Version.Sequence);
        Assert.Empty(library.Problems);
    }

    [Fact]
    public void A_catalogue_edit_that_changes_what_a_procedure_compiles_to_publishes_it_and_only_it()
    {
        var (library, _) = ProcedureLibrary.Load(_folder.Path);
        var before = library.Codes.ToDictionary(c => c, c => library.Live(c)!.Version.ContentHash);
        // Renaming the unit in both places at once: the catalogue edit alone is what the next reload sees.
        _folder.Replace(Fixtures.Unemployment, Unit, "\"Phòng BHTN\"");
        _folder.Replace("catalogue/agencies.proc", Unit, "\"Phòng BHTN\"");

        var result = library.Reload(["catalogue/agencies.proc", Fixtures.Unemployment]);

        Assert.Empty(result.Rejected);
        Assert.Equal(Code, Assert.Single(result.Published).Code);
        Assert.All(library.Codes.Where(c => c != Code), c => Assert.Equal(before[c], library.Live(c)!.Version.ContentHash));
    }

    [Fact]
    public void A_restart_over_the_same_version_store_creates_no_duplicate_version()
    {
        var store = new InMemoryVersionStore();
        var (first, _) = ProcedureLibrary.Load(_folder.Path, store);
        _folder.Replace(Fixtures.Unemployment, Name, "\"Trợ cấp thất nghiệp\"\n");
        first.Reload([Fixtures.Unemployment]);

        var (restarted, result) = ProcedureLibrary.Load(_folder.Path, store);

        Assert.Empty(result.Published);
        Assert.Equal(2, restarted.Live(Code)!.Version.Sequence);
        Assert.Equal([1, 2], restarted.Versions(Code).Select(v => v.Version.Sequence));
    }

    [Fact]
    public void A_restart_with_a_broken_file_serves_the_stored_last_good_version()
    {
        var store = new InMemoryVersionStore();
        ProcedureLibrary.Load(_folder.Path, store);
        _folder.Write(Fixtures.Unemployment, _folder.Text(Fixtures.Unemployment) + "\nsteps ???\n");

        var (restarted, result) = ProcedureLibrary.Load(_folder.Path, store);

        Assert.Equal(Code, Assert.Single(result.Rejected).Code);
        Assert.Equal(1, restarted.Live(Code)!.Version.Sequence);
    }

    [Fact]
    public void A_deleted_file_retires_nothing_and_an_unknown_path_is_ignored()
    {
        var (library, _) = ProcedureLibrary.Load(_folder.Path);
        File.Delete(_folder.Full(Fixtures.Unemployment));

        var result = library.Reload([Fixtures.Unemployment, "no/such/file.proc", "../outside.proc"]);

        Assert.True(result.IsEmpty);
        Assert.Equal(1, library.Live(Code)!.Version.Sequence);
        Assert.Empty(library.Problems);
    }

    [Fact]
    public void A_file_in_a_legacy_encoding_or_full_of_garbage_is_a_problem_not_a_crash()
    {
        var (library, _) = ProcedureLibrary.Load(_folder.Path);
        File.WriteAllBytes(_folder.Full(Fixtures.Unemployment), [0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00, 0x00, 0x00]);
        File.WriteAllBytes(_folder.Full("viec-lam/garbage.proc"), [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 37))]);

        library.Rescan();

        Assert.Equal(1, library.Live(Code)!.Version.Sequence);
        Assert.Contains(library.Problems, p => p.Path == "viec-lam/garbage.proc");
    }

    [Fact]
    public void A_second_file_with_the_same_code_is_a_problem_and_leaves_the_first_one_live()
    {
        var (library, _) = ProcedureLibrary.Load(_folder.Path);
        _folder.Write("viec-lam/copy.proc", _folder.Text(Fixtures.Unemployment).Replace(Name, "\"Bản sao\"\n", StringComparison.Ordinal));

        library.Reload(["viec-lam/copy.proc"]);

        Assert.Equal("Giải quyết hưởng trợ cấp thất nghiệp", library.Live(Code)!.Name);
        Assert.Single(library.Versions(Code));
        Assert.Equal("viec-lam/copy.proc", Assert.Single(library.Problems).Path);
        Assert.DoesNotContain(library.Diagnostics(Code), d => d.IsError);
    }
}
