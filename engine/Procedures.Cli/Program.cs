using System.CommandLine;
using Procedures.Cli.Commands;

var root = new RootCommand("Vietnam's labour and social administrative procedures: check, format, calendar, compile and simulate.")
{
    CheckCommand.Create(),
    FormatCommand.Create(),
    CalendarCommand.Create(),
};
return root.Parse(args).Invoke();
