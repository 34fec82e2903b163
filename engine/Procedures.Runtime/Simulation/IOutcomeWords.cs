namespace Procedures.Runtime.Simulation;

/// <summary>
/// How the words of a simulation's path map onto a step's output ports, and how a port is named back to the user:
/// the host knows the procedure file's language and its keyword table; the runtime does not.
/// </summary>
public interface IOutcomeWords
{
    /// <summary>The port of <paramref name="allowed"/> that <paramref name="word"/> names, or null.</summary>
    string? Match(string word, IReadOnlyList<string> allowed);

    /// <summary>The port as the user would write it (a built-in port in the user's language, an outcome id as the file has it).</summary>
    string Display(string port);
}
