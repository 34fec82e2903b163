namespace Procedures.Runtime.State;

/// <summary>
/// The dossier's status as shown to the applicant at every step (Circular 22/2019/TT-BTTTT Art. 4).
/// Lateness is not a status of its own: it is a property of a deadline (see <see cref="Punctuality"/> and
/// <see cref="DossierRuntime.Warnings"/>), since a late dossier is still being processed.
/// </summary>
public enum DossierStatus
{
    /// <summary>Chờ tiếp nhận: submitted, not yet checked by the one-stop office.</summary>
    Submitted,
    /// <summary>Đã tiếp nhận: receipt and appointment issued (Circular 01/2018 form 01).</summary>
    Received,
    /// <summary>Đang xử lý.</summary>
    InProgress,
    /// <summary>Chờ bổ sung: a request to complete is with the applicant (form 02).</summary>
    AwaitingCompletion,
    /// <summary>Đang lấy ý kiến: other agencies are being consulted.</summary>
    Consulting,
    /// <summary>Đang liên thông: moving along a routing slip.</summary>
    Routing,
    /// <summary>Đã chuyển cấp trên: forwarded to a higher-level agency.</summary>
    Forwarded,
    /// <summary>Đang niêm yết: publicly posted.</summary>
    Posted,
    /// <summary>Tạm dừng tính thời hạn: waiting on someone outside the agency (an await step); the appointment is suspended.</summary>
    ClockStopped,
    /// <summary>Từ chối: refused with reasons (form 03 at receipt, or after appraisal).</summary>
    Refused,
    /// <summary>Đã trả kết quả.</summary>
    Returned,
    /// <summary>Đã xử lý xong: the flow ended without a return step.</summary>
    Completed,
    /// <summary>Đã chuyển cơ quan khác: transferred down a level or across provinces, awaiting its acknowledgement.</summary>
    Transferred,
    /// <summary>Chờ người nộp thực hiện: a step is with the applicant; the agency's clock is stopped.</summary>
    WithApplicant,
    /// <summary>Trả lại hồ sơ: returned to the applicant to amend and submit again, with the reasons.</summary>
    ReturnedForAmendment,
}
