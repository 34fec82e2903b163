using System.CommandLine;
using Procedures.Cli.Commands;

var root = new RootCommand("Vietnam's labour and social administrative procedures: check, format, calendar, compile and simulate.")
{
    CheckCommand.Create(),
    FormatCommand.Create(),
    CalendarCommand.Create(),
    WorkflowCommands.ExportElsa(),
    WorkflowCommands.Render(),
    WorkflowCommands.Simulate(),
};
try
{
    return root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"procedures: error: {exception.Message}");
    return 2;
}
