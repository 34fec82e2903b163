using System.CommandLine;

namespace Procedures.Cli.Commands;

public static class CheckCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders to check (default: procedures).", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("check", "Parse and bind procedure files and report every problem.") { paths };
        command.SetAction(result =>
        {
            var given = result.GetValue(paths) ?? [];
            Console.WriteLine(string.Join(",", given));
            return 0;
        });
        return command;
    }
}
