using System.CommandLine;

namespace Procedures.Cli.Commands;

public static class FormatCommand
{
    public static Command Create() => new("fmt", "Rewrite procedure files in the canonical layout.");
}
