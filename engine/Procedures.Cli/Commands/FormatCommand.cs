using System.CommandLine;
using System.Text;
using Procedures.Cli.Text;
using Procedures.Language.Formatting;
using Procedures.Language.Syntax;

namespace Procedures.Cli.Commands;

public static class FormatCommand
{
    public static Command Create(CliText text)
    {
        var paths = new Argument<string[]>("paths") { Description = text.Help.FormatPaths, Arity = ArgumentArity.ZeroOrMore };
        var check = new Option<bool>("--check") { Description = text.Help.FormatCheck };
        var lang = new Option<string?>(OutputLanguage.Option) { Description = text.Help.FormatLanguage };
        var command = new Command("fmt", text.Help.Format) { paths, check, lang };
        command.SetAction(result => Run(result.GetValue(paths) ?? [], result.GetValue(check), result.GetValue(lang), Console.Out, Console.Error));
        return command;
    }

    /// <summary>Exit 0 when every file is (or now is) canonical, 1 when one would change under --check or has syntax errors, 2 on a missing path.</summary>
    public static int Run(IReadOnlyList<string> paths, bool check, string? lang, TextWriter output, TextWriter error)
    {
        if (SourceSet.LoadNamed(paths, lang, "fmt", error) is not { } sources)
            return ParseErrors.ExitCode;

        var target = lang is null ? (KeywordLanguage?)null : KeywordLanguageNames.FromTag(lang);
        var named = sources.Named.ToHashSet(StringComparer.Ordinal);
        var parsed = sources.Files.Where(f => named.Contains(f.Path)).Select(Parser.Parse).ToArray();
        var words = CliText.For(OutputLanguage.Choose(lang, parsed.Select(p => p.Syntax.Language)));
        int changed = 0, unchanged = 0, failed = 0;
        foreach (var (syntax, diagnostics) in parsed)
        {
            var source = syntax.Source;
            var syntaxErrors = diagnostics.Where(d => d.IsError).ToArray();
            if (syntaxErrors.Length > 0)
            {
                foreach (var diagnostic in syntaxErrors)
                    output.WriteLine(diagnostic.ToString());
                failed++;
                continue;
            }
            var formatted = Formatter.Format(syntax, target);
            if (formatted == source.Text)
            {
                unchanged++;
                continue;
            }
            changed++;
            if (check)
                output.WriteLine(words.NotCanonical(source.Path));
            else
            {
                File.WriteAllText(source.Path, formatted, new UTF8Encoding(false));
                output.WriteLine(words.Formatted(source.Path));
            }
        }
        output.WriteLine(words.FormatSummary(changed + unchanged + failed, changed, unchanged, failed, check));
        return failed > 0 || (check && changed > 0) ? 1 : 0;
    }
}
