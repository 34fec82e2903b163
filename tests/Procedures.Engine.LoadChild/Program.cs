using Procedures.Engine;
using Procedures.Engine.LoadChild;

// The process the crash test kills (tests/Procedures.Engine.Tests/CrashTests.cs): an engine on the given procedures
// folder and SQLite database, with several workers submitting dossiers and moving them to the end until the process
// is killed. Every committed transition is one line "dossierId revision" on stdout. Exits 1 on any failure.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: Procedures.Engine.LoadChild <procedures folder> <SQLite connection string>");
    return 2;
}

const int Workers = 4;
string[] procedures = ["1.001978", "1.001776"];
var clock = new ForwardClock();
var options = new EngineOptions().UseSqlite(args[1]).Procedures(args[0]);
options.Watch = false;
options.Clock = clock;

await using var engine = new ProcedureEngine(options);
await engine.StartAsync();
var log = new CommitLog(Console.Out);
using var stop = new CancellationTokenSource();
var workers = Enumerable.Range(0, Workers)
    .Select(_ => Task.Run(async () =>
    {
        try
        {
            await new LoadWorker(engine, clock, log, procedures).RunAsync(stop.Token);
        }
        catch
        {
            await stop.CancelAsync();
            throw;
        }
    }))
    .ToArray();
try
{
    await Task.WhenAll(workers);
    return 0;
}
catch (Exception) when (workers.Any(w => w.IsFaulted))
{
    foreach (var failure in workers.Where(w => w.IsFaulted).SelectMany(w => w.Exception!.InnerExceptions))
        Console.Error.WriteLine(failure);
    return 1;
}
