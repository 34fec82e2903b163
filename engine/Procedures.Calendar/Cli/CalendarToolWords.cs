using NodaTime;
using Procedures.Calendar.Data;

namespace Procedures.Calendar.Cli;

/// <summary>
/// What <c>procedures calendar</c> says when it refuses, in one language. The calendar library does not know the
/// CLI's language type, so the CLI picks <see cref="English"/> or <see cref="Vietnamese"/> from <c>--lang</c>.
/// </summary>
public sealed record CalendarToolWords(
    string Error,
    string MissingYear,
    Func<string, int, int, string> NotAYear,
    string MissingAddArguments,
    Func<string, string> NotAStartDate,
    Func<string, LocalDate, LocalDate, string> StartOutsideRange,
    Func<string, string> NotAUnit,
    Func<string, string> NotAnAmount,
    Func<string, string> NotWholeOrHalfWorkingDays,
    Func<string, string> NotWholeDays,
    Func<string, string> NotQuarterHours,
    Func<LocalDate, LocalDate, string> DueOutsideRange,
    CalendarDataFolder.Words Folder)
{
    public static CalendarToolWords English { get; } = new(
        Error: "error",
        MissingYear: "missing the year; usage: procedures calendar holidays <year>",
        NotAYear: (year, first, last) => $"\"{year}\" is not a year from {first} to {last}",
        MissingAddArguments: "missing arguments; usage: procedures calendar add <start> <amount> <working-days|days|hours>",
        NotAStartDate: start => $"\"{start}\" is not a start date; expected YYYY-MM-DD or YYYY-MM-DDTHH:mm",
        StartOutsideRange: (start, first, last) => $"{start} is outside the calendar's range {first:uuuu-MM-dd}..{last:uuuu-MM-dd}",
        NotAUnit: unit => $"\"{unit}\" is not a unit; expected working-days, days or hours (in Vietnamese: ngày-làm-việc, ngày, giờ)",
        NotAnAmount: amount => $"\"{amount}\" is not an amount; expected a number such as 20 or 0.5",
        NotWholeOrHalfWorkingDays: amount => $"{amount} working days is not a whole or half number of days",
        NotWholeDays: amount => $"{amount} days is not a whole number of days",
        NotQuarterHours: amount => $"{amount} hours is not counted in quarter hours (0.25, 0.5 …)",
        DueOutsideRange: (first, last) => $"the due date would fall outside the calendar's range {first:uuuu-MM-dd}..{last:uuuu-MM-dd}",
        Folder: CalendarDataFolder.Words.English);

    public static CalendarToolWords Vietnamese { get; } = new(
        Error: "lỗi",
        MissingYear: "thiếu năm; cách dùng: procedures calendar holidays <year>",
        NotAYear: (year, first, last) => $"\"{year}\" không phải một năm từ {first} đến {last}",
        MissingAddArguments: "thiếu tham số; cách dùng: procedures calendar add <start> <amount> <ngày-làm-việc|ngày|giờ>",
        NotAStartDate: start => $"\"{start}\" không phải ngày bắt đầu tính; viết theo dạng YYYY-MM-DD hoặc YYYY-MM-DDTHH:mm",
        StartOutsideRange: (start, first, last) => $"{start} nằm ngoài phạm vi của lịch {first:uuuu-MM-dd}..{last:uuuu-MM-dd}",
        NotAUnit: unit => $"\"{unit}\" không phải đơn vị thời hạn; dùng ngày-làm-việc, ngày hoặc giờ (hoặc working-days, days, hours)",
        NotAnAmount: amount => $"\"{amount}\" không phải một số; viết một số như 20 hoặc 0.5 (dấu chấm thập phân)",
        NotWholeOrHalfWorkingDays: amount => $"{amount} ngày làm việc không phải số ngày nguyên hay nửa ngày",
        NotWholeDays: amount => $"{amount} ngày không phải số ngày nguyên",
        NotQuarterHours: amount => $"{amount} giờ không tính theo mười lăm phút (0.25, 0.5 …)",
        DueOutsideRange: (first, last) => $"hạn xử lý sẽ rơi ra ngoài phạm vi của lịch {first:uuuu-MM-dd}..{last:uuuu-MM-dd}",
        Folder: CalendarDataFolder.Words.Vietnamese);

    /// <summary><c>procedures: error: …</c>, as the CLI's other one-line errors.</summary>
    public string ErrorLine(string message) => $"procedures: {Error}: {message}";
}
