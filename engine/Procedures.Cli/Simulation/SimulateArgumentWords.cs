using Procedures.Language.Syntax;

namespace Procedures.Cli.Simulation;

/// <summary>
/// What <c>simulate</c> says when its arguments are wrong, in one language: <c>--lang</c> when it names one,
/// else the procedure file's, else Vietnamese.
/// </summary>
public sealed record SimulateArgumentWords(
    string SubmittedRequired,
    Func<string, string> NotADateTime,
    Func<string, string> NotALanguage,
    Func<string, string> NotAChannel,
    Func<string, string> NotALateStep,
    Func<string, string> NotAField,
    Func<string, string> NotAnApology,
    Func<string, string> NeedsValue,
    string MissingFile,
    Func<string, string> OneTooMany)
{
    public static SimulateArgumentWords For(KeywordLanguage language) => language == KeywordLanguage.Vietnamese ? Vietnamese : English;

    public static SimulateArgumentWords English { get; } = new(
        SubmittedRequired: "--submitted is required, e.g. --submitted 2026-03-02T09:00",
        NotADateTime: value => $"--submitted \"{value}\" is not a date-time; write it as 2026-03-02T09:00",
        NotALanguage: value => $"--lang \"{value}\" is not a language; use en or vi",
        NotAChannel: value => $"--channel \"{value}\" is not a channel; use in-person, postal or online (trực tiếp, bưu chính, trực tuyến)",
        NotALateStep: value => $"--late \"{value}\" is not a step or agency with a number of working days; write it as tham-dinh=2 or \"Bảo hiểm xã hội tỉnh\"=0.5",
        NotAField: value => $"--data \"{value}\" is not a field and its value; write it as Age=61",
        NotAnApology: value => $"--apology \"{value}\" does not start with a new date; write it as 2026-04-10 or 2026-04-10:reason",
        NeedsValue: option => $"{option} needs a value; see procedures simulate --help",
        MissingFile: "missing the procedure file; usage: procedures simulate <file> --submitted <date-time>",
        OneTooMany: file => $"simulate takes one procedure file; \"{file}\" is one too many");

    public static SimulateArgumentWords Vietnamese { get; } = new(
        SubmittedRequired: "thiếu --submitted (thời điểm nộp hồ sơ), ví dụ --submitted 2026-03-02T09:00",
        NotADateTime: value => $"--submitted \"{value}\" không phải ngày giờ; viết theo dạng 2026-03-02T09:00",
        NotALanguage: value => $"--lang \"{value}\" không phải ngôn ngữ; dùng en hoặc vi",
        NotAChannel: value => $"--channel \"{value}\" không phải cách thức nộp hồ sơ; dùng trực tiếp, bưu chính hoặc trực tuyến (in-person, postal, online)",
        NotALateStep: value => $"--late \"{value}\" không phải bước hay cơ quan kèm số ngày làm việc; viết như tham-dinh=2 hoặc \"Bảo hiểm xã hội tỉnh\"=0.5",
        NotAField: value => $"--data \"{value}\" không phải tên trường kèm giá trị; viết như Tuổi=61",
        NotAnApology: value => $"--apology \"{value}\" không bắt đầu bằng ngày hẹn mới; viết như 2026-04-10 hoặc 2026-04-10:lý do",
        NeedsValue: option => $"{option} cần một giá trị; xem procedures simulate --help",
        MissingFile: "thiếu tệp thủ tục; cách dùng: procedures simulate <file> --submitted <ngày-giờ>",
        OneTooMany: file => $"simulate chỉ nhận một tệp thủ tục; \"{file}\" là tệp thừa");
}
