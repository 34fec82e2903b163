using System.CommandLine;
using System.CommandLine.Parsing;
using Procedures.Cli.Text;

namespace Procedures.Cli;

/// <summary>What the parser could not take, one line each in the command's language; exit code 2 (bad arguments).</summary>
static class ParseErrors
{
    public const int ExitCode = 2;

    public static int Report(ParseResult parsed, CliText text, TextWriter error)
    {
        var path = CommandPath(parsed);
        var command = parsed.CommandResult.Command;
        var named = new List<string>();
        foreach (var token in parsed.UnmatchedTokens)
        {
            named.Add(token);
            error.WriteLine(text.ErrorLine(token.StartsWith('-') || command.Subcommands.Count == 0
                ? text.UnknownOption(token, path)
                : text.UnknownCommand(token)));
        }
        foreach (var option in command.Options.Where(o => o.Required && parsed.GetResult(o) is not OptionResult { IdentifierTokenCount: > 0 }))
        {
            named.Add(option.Name);
            error.WriteLine(text.ErrorLine(text.Missing(option.Name, path)));
        }
        foreach (var argument in command.Arguments.Where(a => a.Arity.MinimumNumberOfValues > 0 && parsed.GetResult(a) is not { Tokens.Count: > 0 }))
        {
            named.Add(argument.Name);
            error.WriteLine(text.ErrorLine(text.Missing($"<{argument.Name}>", path)));
        }
        // Anything else the parser words itself (an option without its value, say); it names the option, so it still helps.
        foreach (var problem in parsed.Errors.Where(e => !named.Any(n => e.Message.Contains($"'{n}'", StringComparison.Ordinal))))
            error.WriteLine(text.ErrorLine(problem.Message));
        return ExitCode;
    }

    /// <summary>An argument that looks like an option (<c>--frob</c>) and names no file is an unknown option, not a path.</summary>
    public static string? UnknownOptionAmong(IEnumerable<string> paths) =>
        paths.FirstOrDefault(p => p.StartsWith('-') && !File.Exists(p) && !Directory.Exists(p));

    /// <summary>"calendar add" for <c>procedures calendar add …</c>; empty for the root.</summary>
    public static string CommandPath(ParseResult parsed)
    {
        var names = new Stack<string>();
        for (var result = parsed.CommandResult; result.Parent is CommandResult parent; result = parent)
            names.Push(result.Command.Name);
        return string.Join(' ', names);
    }
}
