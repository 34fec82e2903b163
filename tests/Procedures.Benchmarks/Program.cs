using BenchmarkDotNet.Running;
using Procedures.Benchmarks;

// `-- host-harness` loads the HTTP host on loopback; `-- conditions-harness` runs the measured harness (cold compile, memory over reloads), `-- reload-harness` the
// save-to-live latency of hot reload, `-- engine-harness [postgres]` the durable engine's throughput; anything else goes to
// BenchmarkDotNet: every benchmark class in this assembly, picked with --filter, e.g. `--filter *Calendar*`.
if (args is ["conditions-harness"])
    return ConditionHarness.Run(Console.Out);
if (args is ["conditions-harness", "--reloads", var count] && int.TryParse(count, out var reloads) && reloads >= 1_000)
    return ConditionHarness.Run(Console.Out, reloads);
if (args is ["reload-harness"])
    return ReloadHarness.Run(Console.Out);
if (args is ["engine-harness", .. var rest])
    return await EngineHarness.Run(Console.Out, rest.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)), !rest.Contains("--sync-at-checkpoints"));
if (args is ["host-harness", .. var options])
    return await HostHarness.Run(Console.Out, !options.Contains("--sync-at-checkpoints"));
BenchmarkSwitcher.FromAssembly(typeof(EngineHarness).Assembly).Run(args);
return 0;
