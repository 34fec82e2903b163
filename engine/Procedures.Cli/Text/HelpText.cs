namespace Procedures.Cli.Text;

/// <summary>The descriptions <c>--help</c> prints, and its headings, in one language.</summary>
public sealed record HelpText(
    string Usage,
    string Arguments,
    string Options,
    string Commands,
    string HelpOption,
    string VersionOption,
    string Root,
    string Check,
    string CheckPaths,
    string OutputLanguage,
    string Format,
    string FormatPaths,
    string FormatCheck,
    string FormatLanguage)
{
    public static HelpText English { get; } = new(
        Usage: "Usage",
        Arguments: "Arguments",
        Options: "Options",
        Commands: "Commands",
        HelpOption: "Show this help.",
        VersionOption: "Show the version.",
        Root: "Vietnam's labour and social administrative procedures: check, format, calendar, compile and simulate.",
        Check: "Read and check procedure files and calendar data; print each problem as path(line,col): error CODE: message.",
        CheckPaths: "Procedure files, calendar data files or folders (default: procedures).",
        OutputLanguage: "The language of the command's own output: en or vi (default: the files' language; vi when mixed).",
        Format: "Rewrite procedure files in the canonical layout, optionally translating their keywords.",
        FormatPaths: "Procedure files or folders (default: procedures).",
        FormatCheck: "Change nothing; exit 1 when a file is not in the canonical layout.",
        FormatLanguage: "Write the keywords in this set, and speak it: en or vi.");

    public static HelpText Vietnamese { get; } = new(
        Usage: "Cách dùng",
        Arguments: "Tham số",
        Options: "Tùy chọn",
        Commands: "Lệnh",
        HelpOption: "Xem hướng dẫn này.",
        VersionOption: "Xem phiên bản.",
        Root: "Thủ tục hành chính lĩnh vực lao động, xã hội: kiểm tra, trình bày, lịch làm việc, biên dịch và chạy thử.",
        Check: "Đọc và kiểm tra tệp thủ tục và dữ liệu lịch; mỗi lỗi in trên một dòng: đường-dẫn(dòng,cột): lỗi MÃ: nội dung.",
        CheckPaths: "Tệp thủ tục, tệp dữ liệu lịch hoặc thư mục (mặc định: procedures).",
        OutputLanguage: "Ngôn ngữ của các dòng tổng kết: en hoặc vi (mặc định: ngôn ngữ của các tệp; vi khi có cả hai).",
        Format: "Viết lại tệp thủ tục theo cách trình bày chuẩn, có thể dịch từ khóa sang bộ kia.",
        FormatPaths: "Tệp thủ tục hoặc thư mục (mặc định: procedures).",
        FormatCheck: "Không sửa gì; trả mã 1 khi có tệp chưa đúng cách trình bày chuẩn.",
        FormatLanguage: "Viết từ khóa bằng bộ này, và in thông báo bằng ngôn ngữ đó: en hoặc vi.");
}
