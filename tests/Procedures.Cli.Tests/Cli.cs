using System.Diagnostics;

namespace Procedures.Cli.Tests;

public sealed record CliRun(int ExitCode, string Output, string Error);

/// <summary>Runs the real <c>procedures</c> program as a user would, in a folder of the test's own.</summary>
public sealed class Cli : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("procedures-cli-").FullName;

    /// <summary>A working folder holding a copy of the repository's catalogues and calendar data.</summary>
    public Cli()
    {
        foreach (var dir in new[] { "catalogue", "calendar" })
        {
            var target = Path.Combine(Folder, "procedures", dir);
            Directory.CreateDirectory(target);
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryFiles.ProceduresFolder, dir)))
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

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Folder, relativePath));

    public CliRun Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Folder,
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
