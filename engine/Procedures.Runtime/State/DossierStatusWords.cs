namespace Procedures.Runtime.State;

public static class DossierStatusWords
{
    /// <summary>The status as portals show it.</summary>
    public static string Vietnamese(this DossierStatus status) => status switch
    {
        DossierStatus.Submitted => "Chờ tiếp nhận",
        DossierStatus.Received => "Đã tiếp nhận",
        DossierStatus.InProgress => "Đang xử lý",
        DossierStatus.AwaitingCompletion => "Chờ bổ sung",
        DossierStatus.Consulting => "Đang lấy ý kiến",
        DossierStatus.Routing => "Đang liên thông",
        DossierStatus.Forwarded => "Đã chuyển cấp trên",
        DossierStatus.Posted => "Đang niêm yết",
        DossierStatus.ClockStopped => "Tạm dừng tính thời hạn",
        DossierStatus.Refused => "Từ chối",
        DossierStatus.Returned => "Đã trả kết quả",
        DossierStatus.Completed => "Đã xử lý xong",
        DossierStatus.Transferred => "Đã chuyển cơ quan khác",
        DossierStatus.WithApplicant => "Chờ người nộp thực hiện",
        DossierStatus.ReturnedForAmendment => "Trả lại hồ sơ",
        _ => status.ToString(),
    };
}
