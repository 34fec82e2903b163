using Procedures.Language.Syntax;
using Procedures.Runtime.Messages;
using Procedures.Runtime.State;
using Procedures.Workflows.Facts;

namespace Procedures.Cli.Simulation;

/// <summary>Every word the simulated timeline prints, in English and Vietnamese, in one place.</summary>
public sealed record TimelineWords(KeywordLanguage Language)
{
    bool Vi => Language == KeywordLanguage.Vietnamese;

    public string[] Headers => Vi
        ? ["STT", "Bước", "Người xử lý", "Nhận", "Hạn", "Xong", "Kết quả", "Đúng/trễ hạn", "Trạng thái sau bước", "Ghi chú"]
        : ["No.", "Step", "Handled by", "Received", "Due", "Done", "Outcome", "On time", "Status after", "Note"];

    /// <summary>The heading line; a dossier refused at the receipt has no number (Circular 01/2018 Art. 19).</summary>
    public string Dossier(string? number, string id, int version) => (Vi, number) switch
    {
        (true, null) => $"Hồ sơ chưa cấp số · {id} phiên bản {version}",
        (true, _) => $"Hồ sơ {number} · {id} phiên bản {version}",
        (false, null) => $"Dossier without a number · {id} version {version}",
        _ => $"Dossier {number} · {id} version {version}",
    };

    public string Summary(string submitted, string? channel, string received, string due, string status) => Vi
        ? $"Nộp {submitted}{(channel is null ? "" : $" · {channel}")} · tiếp nhận {received} · hẹn trả {due} · {status}"
        : $"Submitted {submitted}{(channel is null ? "" : $" · {channel}")} · received {received} · appointment {due} · {status}";

    public string Punctuality(Punctuality p) => p switch
    {
        Runtime.State.Punctuality.OnTime => Vi ? "đúng hạn" : "on time",
        Runtime.State.Punctuality.Late => Vi ? "trễ hạn" : "late",
        _ => "",
    };

    public string Status(DossierStatus status) => Vi ? status.Vietnamese() : status switch
    {
        DossierStatus.Submitted => "awaiting receipt",
        DossierStatus.Received => "received",
        DossierStatus.InProgress => "in progress",
        DossierStatus.AwaitingCompletion => "awaiting completion",
        DossierStatus.Consulting => "consulting agencies",
        DossierStatus.Routing => "on a routing slip",
        DossierStatus.Forwarded => "forwarded to a higher level",
        DossierStatus.Posted => "publicly posted",
        DossierStatus.ClockStopped => "clock stopped",
        DossierStatus.Refused => "refused",
        DossierStatus.Returned => "result returned",
        DossierStatus.Completed => "completed",
        DossierStatus.Transferred => "transferred to another agency",
        DossierStatus.WithApplicant => "with the applicant",
        DossierStatus.ReturnedForAmendment => "returned for amendment",
        _ => status.ToString(),
    };

    public string Channel(ChannelKind kind) => kind switch
    {
        ChannelKind.InPerson => Vi ? "trực tiếp" : "in person",
        ChannelKind.Postal => Vi ? "bưu chính" : "by post",
        ChannelKind.OnlineFull => Vi ? "trực tuyến toàn trình" : "online (full)",
        _ => Vi ? "trực tuyến một phần" : "online (partial)",
    };

    public string Applicant => Vi ? "Người nộp hồ sơ" : "Applicant";
    public string Submit => Vi ? "Nộp hồ sơ" : "Dossier submitted";
    public string Replied => Vi ? "đã trả lời" : "replied";
    public string Apology => Vi ? "Xin lỗi và hẹn lại ngày trả kết quả" : "Apology and new appointment";
    public string DossierNumber(string number) => Vi ? $"số hồ sơ {number}" : $"dossier number {number}";

    /// <summary>A missed window that accepts late filings: why it was missed, and that the dossier was received.</summary>
    public string LateAccepted(Refusal missed) => Vi
        ? missed.Message(MessageLanguage.Vietnamese) + ", vẫn tiếp nhận"
        : missed.Message(MessageLanguage.English) + ", received all the same";

    public string Appointment(string due, string? number = null) => (Vi, number) switch
    {
        (true, null) => $"hẹn trả kết quả {due}",
        (true, _) => $"số hồ sơ {number}; hẹn trả kết quả {due}",
        (false, null) => $"appointment {due}",
        _ => $"dossier number {number}; appointment {due}",
    };

    /// <summary>
    /// Why a completed dossier gets a new appointment: the procedure's sector law counts the time limit again from the
    /// day the dossier is complete, instead of the one-stop default's paused clock.
    /// </summary>
    public string NewAppointment(string due, string limit, string? previous, string law) => Vi
        ? $"hồ sơ đầy đủ; hẹn trả kết quả mới {due}: thời hạn {limit} tính lại từ ngày nhận đủ hồ sơ theo {law}{(previous is null ? "" : $" (hẹn cũ {previous})")}"
        : $"dossier complete; new appointment {due}: the {limit} time limit counts again from the complete dossier per {law}{(previous is null ? "" : $" (was {previous})")}";

    /// <summary>
    /// A request to complete during processing: the clock stops on the next row (Decree 61/2018 Art. 19 as amended by
    /// Decree 107/2021), unless the sector law counts the time limit again from the complete dossier.
    /// </summary>
    public string CompletionRequestedInProcessing(string? restartLaw) => (Vi, restartLaw) switch
    {
        (true, null) => "yêu cầu bổ sung, hoàn thiện hồ sơ (mẫu 02)",
        (true, _) => $"yêu cầu bổ sung, hoàn thiện hồ sơ (mẫu 02); thời hạn tính lại khi nhận đủ hồ sơ theo {restartLaw}",
        (false, null) => "request to complete the dossier (form 02)",
        _ => $"request to complete the dossier (form 02); the time limit counts again from the complete dossier per {restartLaw}",
    };

    /// <summary>The applicant completed the dossier during processing; the clock resumes on the next row.</summary>
    public string CompletedInProcessing => Vi
        ? "hồ sơ đã bổ sung đầy đủ; thời gian bổ sung không tính vào thời hạn"
        : "dossier complete; the time spent completing it does not count against the deadline";

    public string CompletedAtReceipt => Vi ? "hồ sơ đã bổ sung, nộp lại để tiếp nhận" : "dossier completed, handed in again for receipt";
    public string CompletionRequested => Vi
        ? "hướng dẫn bổ sung, hoàn thiện hồ sơ một lần (mẫu 02); chưa cấp số, chưa tính thời hạn"
        : "guidance to complete the dossier, once (form 02); no number, no deadline yet";
    public string ReceiptRefused => Vi ? "từ chối tiếp nhận (mẫu 03)" : "receipt refused (form 03)";
    public string PostingOver => Vi ? "hết thời gian niêm yết, không có khiếu nại" : "posting period over, no complaint";
    public string ComplaintLodged => Vi ? "có khiếu nại" : "a complaint was lodged";
    public string Refusal => Vi ? "từ chối giải quyết" : "refused";
    public string RefusalReturned => Vi ? "trả văn bản từ chối" : "refusal letter returned";

    public string Apologized(string newDue, string previous, string reason, bool lateNotice) => (Vi
        ? $"hẹn lại {newDue} (hẹn cũ {previous}): {reason}"
        : $"new appointment {newDue} (was {previous}): {reason}")
        + (lateNotice ? Vi ? "; gửi muộn hơn 1 ngày làm việc trước hạn" : "; sent less than one working day before the appointment" : "");

    public string Late(int count, string steps) => Vi
        ? $"Trễ hạn: {count} bước ({steps})"
        : $"Late: {count} step{(count == 1 ? "" : "s")} ({steps})";

    public string AllOnTime => Vi ? "Mọi bước đúng hạn" : "Every step on time";

    public string Open => Vi ? "Mở hồ sơ" : "Dossier opened";

    public string Opened(string number, string? deadline) => Vi
        ? $"cơ quan mở hồ sơ, số hồ sơ {number}{(deadline is null ? "" : $"; hạn giải quyết {deadline}")}"
        : $"opened by the agency, dossier number {number}{(deadline is null ? "" : $"; to be decided by {deadline}")}";

    public string NoticeSent(string recipient) => Vi ? $"đã gửi thông báo đến {recipient}" : $"notice sent to {recipient}";
    public string RecordedBy(string unit) => Vi ? $"{unit} ghi nhận" : $"recorded by {unit}";
    public string SilenceElapsed => Vi ? "hết thời hạn, không có ý kiến phản đối" : "the period ended without objection";
    public string ReturnedForAmendment => Vi ? "trả lại hồ sơ để sửa đổi, bổ sung" : "dossier returned for amendment";
    public string AmendmentReturned => Vi ? "trả lại hồ sơ cho người nộp" : "dossier handed back to the applicant";
    public string ClockStoppedStep => Vi ? "Tạm dừng tính thời hạn" : "Clock stopped";
    public string ClockResumedStep => Vi ? "Tiếp tục tính thời hạn" : "Clock resumed";
    public string AppointmentStep => Vi ? "Hẹn trả kết quả" : "Appointment";
    public string PhaseStep(string phase) => Vi ? $"Giai đoạn: {phase}" : $"Phase: {phase}";

    public string ClockStopped(string awaited, string? suspended) => Vi
        ? $"chờ {awaited}{(suspended is null ? "" : $"; hẹn trả kết quả {suspended} tạm dừng")}"
        : $"waiting on {awaited}{(suspended is null ? "" : $"; appointment {suspended} suspended")}";

    public string ClockResumed(string workingDays, string? due) => Vi
        ? $"{workingDays} ngày làm việc chờ không tính vào thời hạn{(due is null ? "" : $"; hẹn trả kết quả {due}")}"
        : $"{workingDays} working {(workingDays == "1" ? "day" : "days")} of waiting not counted{(due is null ? "" : $"; appointment {due}")}";

    public string AppointmentWhenDone(string step) => Vi ? $"hẹn trả kết quả khi xong bước \"{step}\"" : $"appointment set when \"{step}\" is done";

    public string PhaseResult(string result) => Vi ? $"trả kết quả giai đoạn: {result}" : $"phase result handed out: {result}";

    public string DefaultApologyReason => Vi ? "hồ sơ cần thêm thời gian xử lý" : "the dossier needs more time";
}
