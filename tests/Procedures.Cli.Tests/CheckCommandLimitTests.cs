using System.Text;

namespace Procedures.Cli.Tests;

/// <summary>Files a new user produces by accident: very broken, in another encoding, or away from the catalogue.</summary>
public class CheckCommandLimitTests
{
    static readonly string Fixture = Path.Combine(RepositoryFiles.Root, "tests", "Fixtures", "procedures", "viec-lam", "1.001978.proc");

    [Fact]
    public void A_five_megabyte_broken_file_prints_fifty_lines_and_a_count_of_the_rest()
    {
        using var cli = new Cli();
        var line = "@ dòng hỏng, viết đủ dài để tệp nặng năm megabyte\n";
        var count = 5_000_000 / Encoding.UTF8.GetByteCount(line);
        cli.Write("procedures/hong.proc", "# language: vi\n" + string.Concat(Enumerable.Repeat(line, count)));

        var run = cli.Run("check", "procedures/hong.proc");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Error);
        var lines = run.Output.TrimEnd('\n').Split('\n');
        Assert.Equal(52, lines.Length);
        Assert.Equal("procedures/hong.proc(2,1): error PRC1001: ký tự không hợp lệ \"@\"", lines[0]);
        Assert.Equal("procedures/hong.proc(51,1): error PRC1001: ký tự không hợp lệ \"@\"", lines[49]);
        Assert.Equal($"procedures/hong.proc: … và {count - 50:N0} lỗi khác".Replace(',', '.'), lines[50]);
    }

    [Fact]
    public void A_utf16_file_is_one_error_naming_its_encoding()
    {
        using var cli = new Cli();
        var path = cli.Write("procedures/viec-lam/1.001978.proc", "");
        File.WriteAllBytes(path, [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(File.ReadAllText(Fixture))]);

        var run = cli.Run("check", "procedures/viec-lam/1.001978.proc");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith(
            "procedures/viec-lam/1.001978.proc(1,1): error PRC1015: the file is saved in UTF-16 little-endian, not UTF-8, and cannot be read; save it as UTF-8 (in Notepad: File → Save As → Encoding: UTF-8)\n",
            run.Output, StringComparison.Ordinal);
        Assert.Equal(2, run.Output.TrimEnd('\n').Split('\n').Length);
    }

    [Fact]
    public void A_procedure_checked_away_from_any_catalogue_is_one_error_saying_so()
    {
        using var cli = new Cli();
        File.Copy(Fixture, cli.Write("khac/1.001978.proc", ""), overwrite: true);

        var run = cli.Run("check", "khac/1.001978.proc");

        Assert.Equal(1, run.ExitCode);
        var lines = run.Output.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("khac/1.001978.proc(1,1): error PRC2034: ", lines[0], StringComparison.Ordinal);
    }
}
