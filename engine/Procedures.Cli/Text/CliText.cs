using Procedures.Language.Syntax;

namespace Procedures.Cli.Text;

/// <summary>
/// The command's own words (summaries, help, its errors) in one language. Per-file diagnostics keep the file's
/// language; these follow <c>--lang</c> or, by default, the language of the files the command read.
/// </summary>
public sealed record CliText(
    KeywordLanguage Language,
    string Error,
    string Warning,
    Func<string, string> NoSuchPath,
    Func<string, string> NoSuchFile,
    Func<string, string, string> UnknownOption,
    Func<string, string> UnknownCommand,
    Func<string, string, string> Missing,
    Func<string, string> HoldsNoProcedure,
    Func<int, int, int, int, string> CheckSummary,
    Func<string, string> NotCanonical,
    Func<string, string> Formatted,
    Func<int, int, int, int, bool, string> FormatSummary,
    Func<string, string, string, string> BadOptionValue,
    HelpText Help)
{
    public static CliText For(KeywordLanguage language) => language == KeywordLanguage.Vietnamese ? Vietnamese : English;

    public static CliText English { get; } = new(
        KeywordLanguage.English,
        Error: "error",
        Warning: "warning",
        NoSuchPath: path => $"no such file or folder \"{path}\"",
        NoSuchFile: path => $"no such file \"{path}\"",
        UnknownOption: (option, command) => $"unknown option \"{option}\"; see \"{HelpCommand(command)}\"",
        UnknownCommand: word => $"unknown command \"{word}\"; see \"procedures --help\"",
        Missing: (what, command) => $"{what} is missing; see \"{HelpCommand(command)}\"",
        HoldsNoProcedure: path => $"\"{path}\" holds no procedure",
        CheckSummary: (files, procedures, errors, warnings) =>
            $"{Of(files, "file")}, {Of(procedures, "procedure")}: {Of(errors, "error")}, {Of(warnings, "warning")}",
        NotCanonical: path => $"{path}: not in the canonical layout",
        Formatted: path => $"{path}: formatted",
        FormatSummary: (files, changed, unchanged, failed, check) =>
            $"{Of(files, "file")}: {changed} {(check ? "would change" : "formatted")}, {unchanged} unchanged, {failed} with syntax errors",
        BadOptionValue: (option, value, allowed) => $"{option} \"{value}\" is not one of: {allowed}",
        Help: HelpText.English);

    public static CliText Vietnamese { get; } = new(
        KeywordLanguage.Vietnamese,
        Error: "lỗi",
        Warning: "cảnh báo",
        NoSuchPath: path => $"không có tệp hay thư mục \"{path}\"",
        NoSuchFile: path => $"không có tệp \"{path}\"",
        UnknownOption: (option, command) => $"không có tùy chọn \"{option}\"; xem \"{HelpCommand(command)}\"",
        UnknownCommand: word => $"không có lệnh \"{word}\"; xem \"procedures --help\"",
        Missing: (what, command) => $"thiếu {what}; xem \"{HelpCommand(command)}\"",
        HoldsNoProcedure: path => $"tệp \"{path}\" không chứa thủ tục nào",
        CheckSummary: (files, procedures, errors, warnings) => $"{files} tệp, {procedures} thủ tục: {errors} lỗi, {warnings} cảnh báo",
        NotCanonical: path => $"{path}: chưa đúng cách trình bày chuẩn",
        Formatted: path => $"{path}: đã trình bày lại",
        FormatSummary: (files, changed, unchanged, failed, check) =>
            $"{files} tệp: {changed} {(check ? "sẽ thay đổi" : "đã trình bày lại")}, {unchanged} không đổi, {failed} có lỗi cú pháp",
        BadOptionValue: (option, value, allowed) => $"{option} \"{value}\" không phải một trong: {allowed}",
        Help: HelpText.Vietnamese);

    /// <summary>Whether <c>--lang</c>, when given, names a language (printing why not, for exit code 2); <paramref name="chosen"/> is it, or null.</summary>
    public static bool TryChosen(string? lang, TextWriter error, out KeywordLanguage? chosen)
    {
        chosen = lang is null ? null : KeywordLanguageNames.FromTag(lang);
        if (lang is null || chosen is not null)
            return true;
        var text = For(OutputLanguage.Default);
        error.WriteLine(text.ErrorLine(text.BadOptionValue(OutputLanguage.Option, lang, "en, vi")));
        return false;
    }

    /// <summary><c>procedures: error: …</c>, the prefix of the command's own one-line errors.</summary>
    public string ErrorLine(string message) => $"procedures: {Error}: {message}";

    static string HelpCommand(string command) => command.Length == 0 ? "procedures --help" : $"procedures {command} --help";

    /// <summary>"1 error", "2 errors".</summary>
    static string Of(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
