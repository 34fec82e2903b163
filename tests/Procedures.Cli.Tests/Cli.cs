using System.Diagnostics;

namespace Procedures.Cli.Tests;

public sealed record CliRun(int ExitCode, string Output, string Error);

/// <summary>Runs the real <c>procedures</c> program as a user would, in a folder of the test's own.</summary>
public sealed class Cli : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("procedures-cli-").FullName;

    /// <summary>The frozen test copies of the catalogues, calendar data and a few procedures (tests/Fixtures/procedures).</summary>
    public static string Fixtures { get; } = Path.Combine(RepositoryFiles.Root, "tests", "Fixtures", "procedures");

    /// <summary>A working folder holding a copy of the fixtures' catalogues and calendar data under <c>procedures/</c>.</summary>
    public Cli()
    {
        foreach (var dir in new[] { "catalogue", "calendar" })
        {
            var target = Path.Combine(Folder, "procedures", dir);
            Directory.CreateDirectory(target);
            foreach (var file in Directory.EnumerateFiles(Path.Combine(Fixtures, dir)))
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
    }

    public string Write(string relativePath, string text)
    {
        var full = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, new System.Text.UTF8Encoding(false, throwOnInvalidBytes: false));
        return full;
    }

    /// <summary>Copies a fixture procedure (e.g. <c>viec-lam/1.001978.proc</c>) under <c>procedures/</c>; returns its relative path.</summary>
    public string CopyFixture(string relativePath)
    {
        var target = Path.Combine("procedures", relativePath).Replace('\\', '/');
        File.Copy(Path.Combine(Fixtures, relativePath), Write(target, ""), overwrite: true);
        return target;
    }

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Folder, relativePath));

    public CliRun Run(params string[] arguments) => RunIn(Folder, arguments);

    /// <summary>Runs the program from another working folder.</summary>
    public CliRun RunIn(string workingFolder, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "procedures.dll"));
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new CliRun(process.ExitCode, output.Result.Replace("\r\n", "\n"), error.Result.Replace("\r\n", "\n"));
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
