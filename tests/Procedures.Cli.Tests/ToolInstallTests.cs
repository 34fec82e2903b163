using System.Diagnostics;

namespace Procedures.Cli.Tests;

/// <summary>The guide's install line works: the CLI packs as a .NET tool named "procedures" and runs from where it is installed.</summary>
public class ToolInstallTests
{
    [Fact]
    public void The_cli_packs_as_a_dotnet_tool_named_procedures_that_checks_a_folder()
    {
        using var cli = new Cli();
        var packages = Path.Combine(cli.Folder, "packages");
        var tools = Path.Combine(cli.Folder, "tools");
        File.Copy(Fixtures.PathOf(Fixtures.Unemployment), cli.Write("procedures/viec-lam/1.001978.proc", ""), overwrite: true);

        Run("dotnet", cli.Folder, "pack", Path.Combine(RepositoryFiles.Root, "engine", "Procedures.Cli"), "-c", "Release", "-o", packages);
        Run("dotnet", cli.Folder, "tool", "install", "Procedures.Cli", "--tool-path", tools, "--add-source", packages);
        var (exitCode, output) = Run(Path.Combine(tools, "procedures"), cli.Folder, "check", "procedures");

        Assert.Equal(0, exitCode);
        Assert.Equal("10 files, 1 procedure: 0 errors, 0 warnings\n", output);
    }

    static (int ExitCode, string Output) Run(string program, string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode is 0 or 1, $"{program} {string.Join(' ', arguments)} exited {process.ExitCode}: {error.Result}{output}");
        return (process.ExitCode, output.Replace("\r\n", "\n"));
    }
}
