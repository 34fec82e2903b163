using System.CommandLine;
using Procedures.Cli;
using Procedures.Cli.Commands;
using Procedures.Cli.Text;

// The help page and the parser's own errors are written before any file is read, so they speak --lang (default vi).
var text = CliText.For(OutputLanguage.FromArguments(args));
var root = new RootCommand(text.Help.Root)
{
    CheckCommand.Create(text),
    FormatCommand.Create(text),
    CalendarCommand.Create(text),
    WorkflowCommands.ExportElsa(text),
    WorkflowCommands.Render(text),
    WorkflowCommands.Simulate(text),
};
LocalizedHelp.Install(root, text.Help);
try
{
    var parsed = root.Parse(args);
    if (parsed.Errors.Count > 0 && parsed.Action is not LocalizedHelp)
        return ParseErrors.Report(parsed, text, Console.Error);
    return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine(text.ErrorLine(exception.Message));
    return 2;
}
