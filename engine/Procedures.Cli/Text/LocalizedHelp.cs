using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Procedures.Cli.Text;

/// <summary>
/// <c>--help</c> in the user's language: System.CommandLine's own headings come from resources it has in neither
/// Vietnamese nor our words, so the page is written here from the command's symbols and their descriptions.
/// </summary>
public sealed class LocalizedHelp(HelpText text) : SynchronousCommandLineAction
{
    public static void Install(RootCommand root, HelpText text)
    {
        var action = new LocalizedHelp(text);
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            help.Description = text.HelpOption;
            help.Action = action;
        }
        foreach (var version in root.Options.OfType<VersionOption>())
            version.Description = text.VersionOption;
        SetOnGroups(root, action);
    }

    /// <summary>A command that only groups others (the root, <c>calendar</c>) prints its help when given no subcommand.</summary>
    static void SetOnGroups(Command command, LocalizedHelp action)
    {
        if (command.Subcommands.Count > 0 && command.Action is null)
            command.SetAction(parsed => action.Invoke(parsed));
        foreach (var subcommand in command.Subcommands)
            SetOnGroups(subcommand, action);
    }

    public override int Invoke(ParseResult parseResult)
    {
        var command = parseResult.CommandResult.Command;
        var output = parseResult.InvocationConfiguration.Output;
        output.Write(Render(command, parseResult.RootCommandResult.Command));
        return 0;
    }

    public string Render(Command command, Command root)
    {
        var path = command == root ? "procedures" : "procedures " + string.Join(' ', Path(command, root));
        var arguments = command.Arguments.Where(a => !a.Hidden).ToArray();
        var options = command.Options.Concat(Ancestors(command).SelectMany(a => a.Options).Where(o => o.Recursive))
            .Distinct().Where(o => !o.Hidden).ToArray();
        var commands = command.Subcommands.Where(c => !c.Hidden).ToArray();

        var page = new System.Text.StringBuilder();
        page.Append(command.Description).Append("\n\n");
        page.Append(text.Usage).Append(":\n  ").Append(path);
        foreach (var argument in arguments)
            page.Append(' ').Append(argument.Arity switch
            {
                { MinimumNumberOfValues: > 0 } => $"<{argument.Name}>",
                { MaximumNumberOfValues: 1 } => $"[<{argument.Name}>]",
                _ => $"[<{argument.Name}>…]",
            });
        if (commands.Length > 0)
            page.Append(" <").Append(text.Commands.ToLowerInvariant()).Append('>');
        if (options.Length > 0)
            page.Append(" [").Append(text.Options.ToLowerInvariant()).Append(']');
        page.Append('\n');
        Section(page, text.Arguments, arguments.Select(a => ($"<{a.Name}>", a.Description)));
        Section(page, text.Options, options.Select(o => (Names(o) + Value(o), o.Description)));
        Section(page, text.Commands, commands.Select(c => (c.Name, c.Description)));
        return page.ToString();
    }

    static string Value(Option option) => option.Arity.MaximumNumberOfValues == 0 || option.ValueType == typeof(bool)
        ? ""
        : $" <{option.HelpName ?? option.Name.TrimStart('-')}>";

    /// <summary>The option's dash-spelled names, short first (the Windows-style <c>/h</c> and <c>-?</c> are left out).</summary>
    static string Names(Option option) => string.Join(", ",
        new[] { option.Name }.Concat(option.Aliases).Where(n => n.StartsWith('-') && n != "-?").Distinct().OrderBy(n => n.Length));

    /// <summary>The commands above this one, nearest first: their recursive options (<c>--data</c>, <c>--help</c>) apply here too.</summary>
    static IEnumerable<Command> Ancestors(Command command)
    {
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
            yield return parent;
    }

    static IEnumerable<string> Path(Command command, Command root)
    {
        var names = new Stack<string>();
        for (Symbol? symbol = command; symbol is Command c && c != root; symbol = c.Parents.FirstOrDefault())
            names.Push(c.Name);
        return names;
    }

    static void Section(System.Text.StringBuilder page, string heading, IEnumerable<(string Name, string? Description)> rows)
    {
        var list = rows.ToArray();
        if (list.Length == 0)
            return;
        var width = list.Max(r => r.Name.Length) + 2;
        page.Append('\n').Append(heading).Append(":\n");
        foreach (var (name, description) in list)
            page.Append("  ").Append(name.PadRight(width)).Append(description).Append('\n');
    }
}
