using System.Diagnostics;
using System.Globalization;

namespace Procedures.Engine.Tests;

/// <summary>A transition the load child reported committed: the dossier is stored at this revision or later.</summary>
public readonly record struct ReportedCommit(string DossierId, int Revision);

/// <summary>
/// The load child (tests/Procedures.Engine.LoadChild) run with <c>dotnet</c> on a workspace: its project reference puts
/// it in this project's output, so the test builds nothing. It reports every committed transition on stdout.
/// </summary>
public static class LoadChildProcess
{
    /// <summary>Only so that a child that hangs without a word cannot hang the test run; no assertion depends on it.</summary>
    private static readonly TimeSpan Hung = TimeSpan.FromMinutes(2);

    private static string ChildPath => Path.Combine(AppContext.BaseDirectory, "Procedures.Engine.LoadChild.dll");

    // The SDK names the dotnet it runs under for child processes; outside it, the one on the PATH.
    private static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>
    /// Starts the child, kills it with SIGKILL once it has reported <paramref name="commits"/> transitions, and returns
    /// every transition it reported, including those still in the pipe when it died.
    /// </summary>
    public static async Task<IReadOnlyList<ReportedCommit>> RunUntilKilledAsync(Workspace workspace, int commits)
    {
        Assert.True(File.Exists(ChildPath), $"the load child is not built next to the tests: {ChildPath}");
        var start = new ProcessStartInfo(DotnetHost, [ChildPath, workspace.Folder, workspace.ConnectionString])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("the load child did not start");
        using var hung = new CancellationTokenSource(Hung);
        var errors = process.StandardError.ReadToEndAsync(hung.Token);
        var reported = new List<ReportedCommit>();
        try
        {
            while (await process.StandardOutput.ReadLineAsync(hung.Token) is { } line)
            {
                reported.Add(Parse(line));
                if (reported.Count == commits)
                    process.Kill(entireProcessTree: true);
            }
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        await process.WaitForExitAsync(CancellationToken.None);

        Assert.True(reported.Count >= commits,
            $"the load child stopped by itself after {reported.Count} commits (exit code {process.ExitCode}):{Environment.NewLine}{await errors}");
        // 128 + 9: the child died of SIGKILL, not of an exit of its own.
        Assert.Equal(137, process.ExitCode);
        return reported;
    }

    private static ReportedCommit Parse(string line)
    {
        var parts = line.Split(' ');
        Assert.True(parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out _),
            $"the load child wrote a line that is not \"dossierId revision\": {line}");
        return new(parts[0], int.Parse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture));
    }
}
