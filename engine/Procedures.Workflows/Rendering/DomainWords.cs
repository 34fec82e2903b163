using System.Globalization;
using Procedures.Calendar;
using Procedures.Workflows.Activities;
using Procedures.Workflows.Facts;

namespace Procedures.Workflows.Rendering;

/// <summary>The Vietnamese words the renderers use, in one place so every output says the same thing.</summary>
public static class DomainWords
{
    public static string Amount(decimal amount) => amount.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>An amount of đồng as the snapshots write it: "50,000 đồng".</summary>
    public static string Money(decimal amount) => amount.ToString("#,0.##", CultureInfo.InvariantCulture) + " đồng";

    /// <summary>A document's properties beyond its counts, e.g. "cấp trong 6 tháng; hợp pháp hóa lãnh sự"; null when it has none.</summary>
    public static string? DocumentProperties(RequiredDocument document)
    {
        var parts = new List<string>();
        if (document.IssuedWithin is { } within) parts.Add($"cấp trong {TimeLimit(within)}");
        if (document.ConsularLegalisation) parts.Add("hợp pháp hóa lãnh sự");
        if (document.CertifiedTranslation) parts.Add("dịch có chứng thực");
        if (document.ElectronicAccepted) parts.Add("nhận bản điện tử");
        if (document.LookedUpIn is { } database) parts.Add($"cơ quan tra cứu tại {database}, người nộp không nộp");
        if (document.About is { } about) parts.Add($"của {about}");
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    /// <summary>An applicant's window in words, e.g. "nộp trong 3 tháng kể từ Ngày chấm dứt hợp đồng (NgàyChấmDứt)".</summary>
    public static string Window(ApplicantWindow window, string? label)
    {
        var date = label is null || label == window.Field ? window.Field : $"{label} ({window.Field})";
        var words = window.Kind switch
        {
            ApplicantWindowKind.Within => $"nộp trong {TimeLimit(window.Period)} kể từ {date}",
            ApplicantWindowKind.BeforeOrAfter => $"nộp trong {TimeLimit(window.Period)} trước hoặc sau {date}",
            _ => $"nộp trước {date} ít nhất {TimeLimit(window.Period)}",
        };
        return words + (window.Condition is { } condition ? $" khi `{condition}`" : "") + (window.LateAccepted ? "; nộp chậm vẫn tiếp nhận" : "");
    }

    public static string TimeLimit(TimeLimit limit) => limit.Unit switch
    {
        TimeLimitUnit.WorkingDays => $"{Amount(limit.Amount)} ngày làm việc",
        TimeLimitUnit.CalendarDays => $"{Amount(limit.Amount)} ngày",
        TimeLimitUnit.Months => $"{Amount(limit.Amount)} tháng",
        TimeLimitUnit.Years => $"{Amount(limit.Amount)} năm",
        _ => $"{Amount(limit.Amount)} giờ",
    };

    /// <summary>A time limit and, when it is counted from an activity's end, that activity: "5 ngày làm việc kể từ giam-dinh".</summary>
    public static string TimeLimit(TimeLimit limit, string? from) => from is null ? TimeLimit(limit) : $"{TimeLimit(limit)} kể từ {from}";

    /// <summary>Said of an await: the agency's clock does not run while the dossier waits.</summary>
    public const string ClockStopped = "dừng tính thời hạn";

    public static string Kind(ActivityKind kind) => kind switch
    {
        ActivityKind.Start => "Bắt đầu",
        ActivityKind.End => "Kết thúc",
        ActivityKind.Receipt => "Tiếp nhận",
        ActivityKind.UnitTask => "Xử lý",
        ActivityKind.Await => "Chờ bên ngoài",
        ActivityKind.Consultation => "Lấy ý kiến",
        ActivityKind.RoutingSlip => "Liên thông tuần tự",
        ActivityKind.Forwarding => "Chuyển cấp trên",
        ActivityKind.PublicPosting => "Niêm yết công khai",
        ActivityKind.Decision => "Điều kiện",
        ActivityKind.CompletionRequest => "Yêu cầu bổ sung",
        ActivityKind.Refusal => "Từ chối",
        ActivityKind.ReturnResult => "Trả kết quả",
        ActivityKind.Notice => "Thông báo",
        ActivityKind.Transfer => "Chuyển cơ quan khác",
        ActivityKind.ReturnForAmendment => "Trả lại hồ sơ",
        _ => kind.ToString(),
    };

    /// <summary>Label of a built-in port; ports named by the procedure (e.g. <c>approve</c>) are shown as written.</summary>
    public static string Port(string port) => port switch
    {
        Ports.Done => "Xong",
        Ports.True => "Đúng",
        Ports.False => "Sai",
        Ports.Received => "Tiếp nhận",
        Ports.Incomplete => "Chưa đầy đủ",
        Ports.Refused => "Từ chối",
        Ports.Completed => "Đã bổ sung",
        Ports.Complaint => "Có khiếu nại",
        Ports.Silence => "Hết hạn, không có ý kiến (im lặng)",
        _ => port,
    };

    public static string Channel(ChannelKind kind) => kind switch
    {
        ChannelKind.InPerson => "Trực tiếp",
        ChannelKind.OnlineFull => "Trực tuyến toàn trình",
        ChannelKind.OnlinePartial => "Trực tuyến một phần",
        ChannelKind.Postal => "Bưu chính",
        _ => kind.ToString(),
    };

    /// <summary>Who acts at a step and within what time, e.g. "Phòng Việc làm · 15 ngày làm việc"; null when nobody in particular.</summary>
    public static string? UnitAndLimit(Activity activity) => activity switch
    {
        ReceiptActivity a => $"{OneStop(a.Unit, a.Agency)} · {TimeLimit(a.TimeLimit)}",
        UnitTaskActivity a => $"{Performer(a)} · {TimeLimit(a.TimeLimit, a.LimitFrom)}",
        AwaitActivity a => $"{a.Party} · {(a.TimeLimit is { } limit ? TimeLimit(limit, a.LimitFrom) : "không thời hạn")} ({ClockStopped}; {a.RecordedBy} ghi nhận)",
        ForwardingActivity a => $"{a.Agency} · {TimeLimit(a.TimeLimit, a.LimitFrom)}",
        TransferActivity a => $"{a.Agency} · {TimeLimit(a.TimeLimit, a.LimitFrom)}",
        NoticeActivity a => $"{a.Sender ?? ExecutingAgency} → {a.Recipient}",
        PublicPostingActivity a => $"{a.Place} · {TimeLimit(a.TimeLimit, a.LimitFrom)}",
        ConsultationActivity a => string.Join("; ", a.Agencies.Select(c => $"{c.Agency} · {TimeLimit(c.TimeLimit)}")),
        RoutingSlipActivity a => string.Join(" → ", a.Stops.Select(s => $"{s.Agency} · {TimeLimit(s.TimeLimit)}")),
        ReturnResultActivity a => OneStop(a.Unit, a.Agency),
        _ => null,
    };

    /// <summary>Who sends a notice that names no unit: the dossier's executing agency.</summary>
    public const string ExecutingAgency = "Cơ quan thực hiện";

    /// <summary>"Bộ phận Một cửa (Ủy ban nhân dân cấp xã)" when a receiving agency other than the executing one is named.</summary>
    public static string OneStop(string unit, string? agency) => agency is null ? unit : $"{unit} ({agency})";

    /// <summary>Who does a unit's step: the unit, or the applicant or a party with the unit that records it.</summary>
    public static string Performer(UnitTaskActivity a) => a.Performer switch
    {
        StepPerformer.Applicant => $"{a.Unit} (tạm dừng tính thời hạn; {a.RecordedBy} ghi nhận)",
        StepPerformer.Party => $"{a.Unit} ({a.RecordedBy} ghi nhận)",
        _ => a.Unit,
    };

    /// <summary>A data field's type as the Vietnamese data block writes it.</summary>
    public static string DataType(DataType type) => type switch
    {
        Facts.DataType.Text => "văn bản",
        Facts.DataType.WholeNumber => "số nguyên",
        Facts.DataType.Decimal => "số thập phân",
        Facts.DataType.Money => "số tiền (đồng)",
        Facts.DataType.YesNo => "có hoặc không",
        Facts.DataType.Date => "ngày tháng",
        Facts.DataType.OneOf => "một trong",
        _ => "danh sách",
    };
}
