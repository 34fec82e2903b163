using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Procedures.Testing;

/// <summary>
/// A cluster in a temporary folder (data, socket and log), listening on a free port of 127.0.0.1 with trust
/// authentication, run by the <c>postgres</c> user when we are root since PostgreSQL refuses to run as root.
/// </summary>
sealed class ThrowawayCluster : IAsyncDisposable
{
    readonly string bin;
    readonly string folder;
    readonly bool asPostgres = Environment.IsPrivilegedProcess;

    ThrowawayCluster(string bin, string folder, int port)
    {
        this.bin = bin;
        this.folder = folder;
        ConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
    }

    public string ConnectionString { get; }

    string Data => Path.Combine(folder, "data");

    /// <summary>The bin folder of the newest installed PostgreSQL with an initdb.</summary>
    public static string? FindBinaries()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root)) return null;
        return Directory.EnumerateDirectories(root)
            .Select(version => Path.Combine(version, "bin"))
            .Where(bin => File.Exists(Path.Combine(bin, "initdb")))
            .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
            .FirstOrDefault();
    }

    public static async Task<ThrowawayCluster> StartAsync(string bin)
    {
        var cluster = new ThrowawayCluster(bin, Directory.CreateTempSubdirectory("procedures-pg-").FullName, FreePort());
        try
        {
            await cluster.StartAsync();
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    async Task StartAsync()
    {
        var socket = Path.Combine(folder, "socket");
        Directory.CreateDirectory(socket);
        if (asPostgres) await RunAsync("chown", "-R", "postgres:postgres", folder);
        var port = new NpgsqlConnectionStringBuilder(ConnectionString).Port;
        await RunPostgresAsync("initdb", "-D", Data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync");
        // Durability is of no use to a cluster deleted after the tests.
        await RunPostgresAsync("pg_ctl", "-D", Data, "-l", Path.Combine(folder, "log"), "-w", "start",
            "-o", $"-p {port} -k {socket} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (File.Exists(Path.Combine(Data, "postmaster.pid")))
                await RunPostgresAsync("pg_ctl", "-D", Data, "-m", "immediate", "-w", "stop");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    Task RunPostgresAsync(string program, params string[] arguments) => asPostgres
        ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(bin, program), .. arguments])
        : RunAsync(Path.Combine(bin, program), arguments);

    async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            var log = Path.Combine(folder, "log");
            throw new InvalidOperationException(
                $"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}{await error}"
                + (File.Exists(log) ? $"\nserver log:\n{File.ReadAllText(log)}" : ""));
        }
    }
}
