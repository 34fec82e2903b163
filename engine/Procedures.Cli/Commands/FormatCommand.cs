using System.CommandLine;
using System.Text;
using Procedures.Language.Formatting;
using Procedures.Language.Syntax;

namespace Procedures.Cli.Commands;

public static class FormatCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Procedure files or folders (default: procedures).", Arity = ArgumentArity.ZeroOrMore };
        var check = new Option<bool>("--check") { Description = "Change nothing; exit 1 when a file is not in the canonical layout." };
        var lang = new Option<string?>("--lang") { Description = "Write the keywords in this set: en or vi." };
        lang.AcceptOnlyFromAmong("en", "vi");
        var command = new Command("fmt", "Rewrite procedure files in the canonical layout, optionally translating their keywords.") { paths, check, lang };
        command.SetAction(result => Run(result.GetValue(paths) ?? [], result.GetValue(check), result.GetValue(lang), Console.Out, Console.Error));
        return command;
    }

    /// <summary>Exit 0 when every file is (or now is) canonical, 1 when one would change under --check or has syntax errors, 2 on a missing path.</summary>
    public static int Run(IReadOnlyList<string> paths, bool check, string? lang, TextWriter output, TextWriter error)
    {
        var sources = SourceSet.Load(paths.Count == 0 ? ["procedures"] : paths);
        foreach (var missing in sources.Missing)
            error.WriteLine($"procedures: error: no such file or folder \"{missing}\"");
        if (sources.Missing.Count > 0)
            return 2;

        var target = lang is null ? (KeywordLanguage?)null : KeywordLanguageNames.FromTag(lang);
        var named = sources.Named.ToHashSet(StringComparer.Ordinal);
        int changed = 0, unchanged = 0, failed = 0;
        foreach (var source in sources.Files.Where(f => named.Contains(f.Path)))
        {
            var (syntax, diagnostics) = Parser.Parse(source);
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
                output.WriteLine($"{source.Path}: not in the canonical layout");
            else
            {
                File.WriteAllText(source.Path, formatted, new UTF8Encoding(false));
                output.WriteLine($"{source.Path}: formatted");
            }
        }
        var verb = check ? "would change" : "formatted";
        output.WriteLine($"{Count.Of(changed + unchanged + failed, "file")}: {changed} {verb}, {unchanged} unchanged, {failed} with syntax errors");
        return failed > 0 || (check && changed > 0) ? 1 : 0;
    }
}
