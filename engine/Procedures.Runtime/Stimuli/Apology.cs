using NodaTime;

namespace Procedures.Runtime.Stimuli;

/// <summary>
/// Apology with a new appointment (phiếu xin lỗi và hẹn lại ngày trả kết quả, Circular 01/2018 form 04).
/// Decree 61/2018 Art. 19: the date may be reset only once, so a second apology is refused.
/// </summary>
public sealed record Apology(LocalDateTime NewDueAt, string Reason) : Stimulus;
