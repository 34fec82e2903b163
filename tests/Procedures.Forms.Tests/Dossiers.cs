using NodaTime;
using Procedures.Runtime.State;
using Procedures.Workflows.Activities;

namespace Procedures.Forms.Tests;

/// <summary>
/// Fixture dossiers of 1.001978 on the fake clock, each with the history a form needs. Times are Vietnam civil time,
/// March–April 2026.
/// </summary>
public static class Dossiers
{
    public static LocalDateTime At(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute);

    /// <summary>
    /// Received on Monday 2 March; appraisal asks for the social insurance book on 3 March, the applicant completes it on
    /// 5 March (the clock stood while the dossier was with the applicant); the appraisal runs late, so the centre apologises one working day
    /// before the appointment with a new date; then confirmation, signing, approval and the return before the new date.
    /// </summary>
    public static (Office Office, WorkflowInstance Dossier) Apologised(string name = "Nguyễn Thị Hồng Nhung",
        string address = "Số 12 ngõ 34 phố Hoàng Quốc Việt, phường Nghĩa Đô, Hà Nội", string? completionNote = "Nộp bản chính Sổ bảo hiểm xã hội đã chốt quá trình đóng",
        string apologyReason = "Bảo hiểm xã hội tỉnh chưa xác nhận xong quá trình đóng bảo hiểm thất nghiệp")
    {
        var office = new Office(Office.Unemployment);
        var d = office.Submit(At(3, 2, 9), Office.Applicant(name, address));
        d = office.Decide(d, At(3, 2, 9, 30), "tiep-nhan", Ports.Received);
        d = office.Decide(d, At(3, 3, 10), "tham-dinh", "insufficient", completionNote);
        d = office.Complete(d, At(3, 5, 8));
        var warnAt = Runtime.VietnamTime.WarnAt(Office.Calendar, d.DeadlineStartedAt!.Value, d.DueAt!.Value);
        d = office.Apologize(d, warnAt, d.DueAt!.Value.PlusDays(7), apologyReason);
        d = office.Decide(d, warnAt.PlusHours(1), "tham-dinh", "sufficient");
        d = office.Reply(d, warnAt.PlusHours(2), "xac-nhan", "Bảo hiểm xã hội tỉnh");
        d = office.Decide(d, warnAt.PlusHours(3), "trinh", Ports.Done);
        d = office.Decide(d, warnAt.PlusDays(1), "quyet-dinh", "approve");
        return (office, d);
    }

    /// <summary>The receipt refuses the dossier on Tuesday 3 March: it was never received.</summary>
    public static (Office Office, WorkflowInstance Dossier) RefusedAtReceipt(string reasons = "Hồ sơ không thuộc thẩm quyền giải quyết của Trung tâm Dịch vụ việc làm tỉnh")
    {
        var office = new Office(Office.Unemployment);
        var d = office.Submit(At(3, 3, 14), Office.Applicant("Trần Văn Bình", "Thôn Đông, xã Yên Phong, tỉnh Bắc Ninh"), "HS-2");
        d = office.Decide(d, At(3, 3, 14, 20), "tiep-nhan", Ports.Refused, reasons);
        return (office, d);
    }

    /// <summary>Received on 4 March, found not eligible at appraisal on 10 March: the refusal letter goes back through the return step.</summary>
    public static (Office Office, WorkflowInstance Dossier) RefusedAfterAppraisal(Workflows.WorkflowDefinition? definition = null)
    {
        var office = new Office(definition ?? Office.Unemployment);
        var d = office.Submit(At(3, 4, 8), Office.Applicant("Lê Minh Châu", "Tổ 5, phường Trung Hòa, Hà Nội", phone: null), "HS-3", Workflows.Facts.ChannelKind.Postal);
        d = office.Decide(d, At(3, 4, 8, 15), "tiep-nhan", Ports.Received);
        d = office.Decide(d, At(3, 10, 15), "tham-dinh", "not-eligible", "Người lao động đã có việc làm trong thời hạn 15 ngày kể từ ngày nộp hồ sơ (Nghị định 28/2015/NĐ-CP Điều 18)");
        return (office, d);
    }

    /// <summary>The receipt finds the dossier incomplete on Wednesday 4 March and asks the applicant to complete it; still with the applicant.</summary>
    public static (Office Office, WorkflowInstance Dossier) IncompleteAtReceipt()
    {
        var office = new Office(Office.Unemployment);
        var d = office.Submit(At(3, 4, 10), Office.Applicant("Phạm Quốc Dũng", "Khu phố 3, phường Tân Phong, TP Biên Hòa"), "HS-4", Workflows.Facts.ChannelKind.OnlinePartial);
        d = office.Decide(d, At(3, 4, 10, 10), "tiep-nhan", Ports.Incomplete, "Thiếu quyết định thôi việc (bản sao chứng thực)");
        return (office, d);
    }

    /// <summary>Received on Friday 6 March at 16:00 and in appraisal: nothing but forms 01 and 05 yet.</summary>
    public static (Office Office, WorkflowInstance Dossier) InAppraisal(Workflows.WorkflowDefinition? definition = null)
    {
        var office = new Office(definition ?? Office.Unemployment);
        var d = office.Submit(At(3, 6, 16), Office.Applicant("Hoàng Thu Trang", "Xóm 2, xã Hòa Bình, tỉnh Thái Bình"), "HS-5");
        d = office.Decide(d, At(3, 6, 16, 5), "tiep-nhan", Ports.Received);
        return (office, d);
    }
}
