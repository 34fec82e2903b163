using Procedures.Workflows.Activities;

namespace Procedures.Runtime.Simulation;

/// <summary>The engine's own port names, case-insensitive, plus yes/no for a condition: what a host without a keyword table can offer.</summary>
public sealed class PortNameWords : IOutcomeWords
{
    public static PortNameWords Instance { get; } = new();

    public string? Match(string word, IReadOnlyList<string> allowed) =>
        allowed.FirstOrDefault(port => string.Equals(port, word, StringComparison.OrdinalIgnoreCase)
            || (port == Ports.True && word.Equals("yes", StringComparison.OrdinalIgnoreCase))
            || (port == Ports.False && word.Equals("no", StringComparison.OrdinalIgnoreCase)));

    public string Display(string port) => port;
}
