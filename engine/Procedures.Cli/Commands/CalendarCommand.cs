using System.CommandLine;
using Procedures.Calendar.Cli;
using Procedures.Cli.Text;
using Procedures.Language.Syntax;

namespace Procedures.Cli.Commands;

/// <summary>
/// <c>procedures calendar holidays|add</c>; the logic is <see cref="CalendarTool"/> in Procedures.Calendar.
/// Arguments are optional to the parser so that a missing one is our one-line error with exit code 2.
/// No procedure file is read, so the messages follow <c>--lang</c>, Vietnamese by default.
/// </summary>
public static class CalendarCommand
{
    public static Command Create(CliText text)
    {
        var data = new Option<string?>("--data") { Description = text.Help.CalendarData, HelpName = text.Help.FolderValue, Recursive = true };
        var lang = new Option<string?>(OutputLanguage.Option) { Description = text.Help.CalendarLanguage, Recursive = true };
        return new Command("calendar", text.Help.Calendar)
        {
            data,
            lang,
            Holidays(text.Help, data, lang),
            Add(text.Help, data, lang),
        };
    }

    private static Command Holidays(HelpText help, Option<string?> data, Option<string?> lang)
    {
        var year = new Argument<string?>("year") { Description = help.HolidaysYear, Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("holidays", help.Holidays) { year };
        command.SetAction(result => Run(result, result.GetValue(lang), [result.GetValue(year)], words =>
            CalendarTool.Holidays(result.GetValue(year), result.GetValue(data), Directory.GetCurrentDirectory(), words)));
        return command;
    }

    private static Command Add(HelpText help, Option<string?> data, Option<string?> lang)
    {
        var start = new Argument<string?>("start") { Description = help.AddStart, Arity = ArgumentArity.ZeroOrOne };
        var amount = new Argument<string?>("amount") { Description = help.AddAmount, Arity = ArgumentArity.ZeroOrOne };
        var unit = new Argument<string?>("unit") { Description = help.AddUnit, Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("add", help.Add) { start, amount, unit };
        command.SetAction(result => Run(result, result.GetValue(lang), [result.GetValue(start), result.GetValue(amount), result.GetValue(unit)], words =>
            CalendarTool.Add(result.GetValue(start), result.GetValue(amount), result.GetValue(unit), result.GetValue(data), Directory.GetCurrentDirectory(), words)));
        return command;
    }

    private static int Run(ParseResult result, string? lang, string?[] arguments, Func<CalendarToolWords, CommandOutcome> run)
    {
        if (!CliText.TryChosen(lang, Console.Error, out var chosen))
            return ParseErrors.ExitCode;
        // The parser gives an optional argument any token, "--frob" too; a negative amount ("-1") is still an amount, refused below.
        if (arguments.FirstOrDefault(a => a is ['-', var next, ..] && !char.IsDigit(next)) is { } option)
        {
            var text = CliText.For(chosen ?? OutputLanguage.Default);
            Console.Error.WriteLine(text.ErrorLine(text.UnknownOption(option, ParseErrors.CommandPath(result))));
            return ParseErrors.ExitCode;
        }
        var words = (chosen ?? OutputLanguage.Default) == KeywordLanguage.Vietnamese ? CalendarToolWords.Vietnamese : CalendarToolWords.English;
        var outcome = run(words);
        foreach (var line in outcome.Errors)
            Console.Error.WriteLine(line);
        foreach (var line in outcome.Output)
            Console.Out.WriteLine(line);
        return outcome.ExitCode;
    }
}
