using System.Globalization;
using NodaTime;
using Procedures.Runtime.Messages;
using Procedures.Runtime.State;
using Procedures.Workflows.Facts;
using Procedures.Workflows.Rendering;

namespace Procedures.Forms;

/// <summary>The Vietnamese words and date formats of the forms, in one place.</summary>
public static class FormText
{
    static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>
    /// "ngày 02 tháng 3 năm 2026": a day below 10 and the months 1 and 2 take a leading zero, as administrative documents
    /// write dates (Decree 30/2020/NĐ-CP, Appendix I).
    /// </summary>
    public static string Date(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"ngày {date.Day:00} tháng {(date.Month <= 2 ? date.Month.ToString("00", CultureInfo.InvariantCulture) : date.Month.ToString(CultureInfo.InvariantCulture))} năm {date.Year}");

    /// <summary>"09 giờ 00 phút, ngày 02 tháng 3 năm 2026", as forms 01 and 04 write a time.</summary>
    public static string Time(LocalDateTime time) =>
        string.Create(CultureInfo.InvariantCulture, $"{time.Hour:00} giờ {time.Minute:00} phút, {Date(time.Date)}");

    /// <summary>"02/03/2026 09:00", for the columns of forms 05 and 06.</summary>
    public static string Short(LocalDateTime? time) =>
        time?.ToString("dd'/'MM'/'uuuu HH':'mm", CultureInfo.InvariantCulture) ?? "";

    public static string Day(LocalDate date) => date.ToString("dd'/'MM'/'uuuu", CultureInfo.InvariantCulture);

    public static string Upper(string text) => text.ToUpper(Vietnamese);

    public static string Limit(Calendar.TimeLimit limit) => DomainWords.TimeLimit(limit);

    /// <summary>How a dossier came: "trực tiếp", "bưu chính", "trực tuyến một phần" …</summary>
    public static string Channel(ChannelKind? channel) => channel is { } kind ? DomainWords.Channel(kind).ToLower(Vietnamese) : "";

    /// <summary>"01 bản chính, 01 bản sao chứng thực", as a checklist counts a document.</summary>
    public static string Copies(RequiredDocument? document)
    {
        if (document is null) return "";
        var parts = new List<string>();
        if (document.Originals > 0) parts.Add(Count(document.Originals, "bản chính"));
        if (document.Copies > 0) parts.Add(Count(document.Copies, "bản sao"));
        if (document.CertifiedCopies > 0) parts.Add(Count(document.CertifiedCopies, "bản sao chứng thực"));
        return string.Join(", ", parts);
    }

    static string Count(int n, string what) => string.Create(CultureInfo.InvariantCulture, $"{n:00} {what}");

    /// <summary>
    /// The result column of form 05, "trước hạn / đúng hạn / quá hạn". The engine records on time or late against the
    /// due time; a hand-over done on an earlier day than its due day is early (trước hạn). This day-level split is this
    /// project's reading of the column, not a rule of the circular.
    /// </summary>
    public static string Punctuality(JournalEntry entry) => entry.Punctuality switch
    {
        Runtime.State.Punctuality.Late => "quá hạn",
        Runtime.State.Punctuality.OnTime when entry.DueAt is { } due && entry.DoneAt.Date < due.Date => "trước hạn",
        Runtime.State.Punctuality.OnTime => "đúng hạn",
        _ => "",
    };

    /// <summary>The note column of form 05, in the form's Vietnamese.</summary>
    public static string Note(SheetNote? note) => note switch
    {
        SheetNote.DossierNumber n => $"mã hồ sơ {n.Number}",
        SheetNote.FiledLate f => string.Join("; ", f.Windows.Select(w => w.Message(MessageLanguage.Vietnamese) + ", vẫn tiếp nhận")
            .Prepend(f.Number is { } number ? $"mã hồ sơ {number}" : null).OfType<string>()),
        SheetNote.Appointment a => (a.Number is { } number ? $"mã hồ sơ {number}; " : "") + $"hẹn trả kết quả {Short(a.Due)}",
        SheetNote.NewAppointment n => $"hồ sơ đã bổ sung đầy đủ; thời hạn {Limit(n.Limit)} tính từ ngày nhận đủ hồ sơ theo {Cite(n.Law)}, hẹn trả kết quả {Short(n.Due)}"
            + (n.Previous is { } previous ? $" (hẹn cũ {Short(previous)})" : ""),
        SheetNote.CompletionRequestedInProcessing c => "yêu cầu bổ sung, hoàn thiện hồ sơ (mẫu số 02)"
            + (c.Restarts is { } law ? $"; thời hạn tính lại khi nhận đủ hồ sơ theo {Cite(law)}" : ""),
        SheetNote.CompletedInProcessing => "hồ sơ đã bổ sung đầy đủ; thời gian bổ sung không tính vào thời hạn",
        SheetNote.CompletedAtReceipt => "hồ sơ đã bổ sung, nộp lại để tiếp nhận",
        SheetNote.CompletionRequested => "hướng dẫn bổ sung, hoàn thiện hồ sơ (mẫu số 02); chưa cấp mã hồ sơ, chưa tính thời hạn",
        SheetNote.ReceiptRefused => "từ chối tiếp nhận hồ sơ (mẫu số 03)",
        SheetNote.Apology a => $"xin lỗi và hẹn lại ngày trả kết quả {Short(a.NewDue)} (hẹn cũ {Short(a.PreviousDue)}; mẫu số 04): {a.Reason}"
            + (a.LateNotice ? "; gửi muộn hơn 01 ngày trước ngày hẹn" : ""),
        SheetNote.Refusal r => r.Reasons is { } reasons ? $"từ chối giải quyết: {reasons}" : "từ chối giải quyết",
        SheetNote.RefusalReturned => "trả văn bản từ chối",
        SheetNote.ComplaintLodged => "có khiếu nại",
        SheetNote.PostingOver => "hết thời gian niêm yết, không có khiếu nại",
        SheetNote.ClockStopped s => $"chờ {s.Awaited}; tạm dừng tính thời hạn" + (s.SuspendedDue is { } due ? $" (hẹn trả kết quả {Short(due)} tính lại khi có kết quả)" : ""),
        SheetNote.ClockResumed r => $"tiếp tục tính thời hạn; {Amount(r.WorkingDays)} ngày làm việc chờ không tính vào thời hạn"
            + (r.NewDue is { } due ? $", hẹn trả kết quả {Short(due)}" : ""),
        SheetNote.PhaseStarted p => p.Due is { } due ? $"bắt đầu giai đoạn, hẹn trả kết quả {Short(due)}" : $"bắt đầu giai đoạn, hẹn trả kết quả khi xong bước \"{p.From}\"",
        SheetNote.PhaseResultReturned r => $"trả kết quả giai đoạn: {r.Result}",
        SheetNote.Text t => t.Value,
        SheetNote.Opened o => $"cơ quan mở hồ sơ, mã hồ sơ {o.Number}" + (o.Deadline is { } deadline ? $"; hạn giải quyết {Short(deadline)}" : ""),
        SheetNote.NoticeSent n => $"đã gửi thông báo đến {n.Recipient}",
        SheetNote.RecordedBy r => $"{r.Unit} ghi nhận",
        SheetNote.SilenceElapsed => "hết thời hạn, không có ý kiến phản đối",
        SheetNote.ReturnedForAmendment r => r.Reasons is { } reasons ? $"trả lại hồ sơ để sửa đổi, bổ sung: {reasons}" : "trả lại hồ sơ để sửa đổi, bổ sung",
        SheetNote.AmendmentReturned => "trả lại hồ sơ cho người nộp",
        _ => "",
    };

    /// <summary>"Nghị định 28/2015/NĐ-CP Điều 18", as a note cites a sector law.</summary>
    public static string Cite(LegalCitation law) => law.Article is { } article ? $"{law.Document} Điều {article}" : law.Document;

    static string Amount(decimal value) => Workflows.Rendering.DomainWords.Amount(value);

    /// <summary>The step a row of form 05 names.</summary>
    public static string Step(JournalEntry entry) => entry.Event switch
    {
        JournalEvent.Submitted => "Nộp hồ sơ",
        JournalEvent.Apologized => "Xin lỗi và hẹn lại ngày trả kết quả",
        JournalEvent.Opened => "Mở hồ sơ",
        JournalEvent.PhaseStarted => $"Giai đoạn: {entry.Step}",
        _ => entry.Step,
    };
}
