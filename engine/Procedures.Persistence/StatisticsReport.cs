using NodaTime;
using Procedures.Workflows.Facts;

namespace Procedures.Persistence;

/// <summary>
/// The figures of a period as provincial one-stop systems publish them (Gia Lai's published method, see
/// <c>shared/domain.md</c>). <see cref="AsOf"/> is the moment the in-progress dossiers are judged at: the period's end,
/// or now while the period runs. Field names are meant for a JSON API as they are.
/// </summary>
public sealed record StatisticsReport(StatisticsQuery Query, LocalDateTime AsOf, DossierFigures Total, IReadOnlyList<StatisticsGroup> Groups);

/// <summary>One line of the breakdown: the key the query groups by (the others null) and its figures.</summary>
public sealed record StatisticsGroup(string? ProcedureCode, string? AgencyCode, ChannelKind? Channel, DossierFigures Figures);

/// <summary>
/// The figures of one line. Every dossier to handle is, at the period's end, in progress, resolved or returned:
/// <c>ToHandle = InProgress.Total + Resolved.Total + Returned</c>. A dossier counts from its receipt (giấy tiếp nhận): one
/// refused or left incomplete at the desk was never received and is in no figure.
/// </summary>
/// <param name="Received">Đã tiếp nhận: received in the period.</param>
/// <param name="CarriedOver">Tồn kỳ trước: received before the period and not finished when it began.</param>
/// <param name="ToHandle">Cần xử lý = tồn kỳ trước + đã tiếp nhận.</param>
/// <param name="InProgress">Đang xử lý: not finished at <see cref="StatisticsReport.AsOf"/>.</param>
/// <param name="Resolved">Đã giải quyết: finished in the period with a result.</param>
/// <param name="Returned">
/// Trả lại: finished in the period refused, or returned to the applicant to amend and submit again (trả lại hồ sơ), the
/// dossier handed back with the reasons instead of a result. This project's
/// reading of "returned" (the published method has no such line; it is not the result handed over, which is resolved):
/// the refusal is neither late nor on time and is outside the late rate.
/// </param>
/// <param name="LateRate">Tỷ lệ trễ hạn = (đang xử lý trễ hạn + đã giải quyết trễ hạn) / cần xử lý, from 0 to 1, four decimals; 0 when nothing is to handle.</param>
/// <param name="OnTimeRate">Tỷ lệ đúng hạn = 1 − tỷ lệ trễ hạn.</param>
public sealed record DossierFigures(
    int Received,
    int CarriedOver,
    int ToHandle,
    InProgressFigures InProgress,
    ResolvedFigures Resolved,
    int Returned,
    decimal LateRate,
    decimal OnTimeRate)
{
    /// <summary>Each field's label, Vietnamese then English, for a portal's table headers (JSON names, dots for nested ones).</summary>
    public static IReadOnlyList<(string Field, string Vietnamese, string English)> Labels { get; } =
    [
        ("received", "Đã tiếp nhận", "Received"),
        ("carriedOver", "Tồn kỳ trước", "Carried over"),
        ("toHandle", "Cần xử lý", "To handle"),
        ("inProgress.total", "Đang xử lý", "In progress"),
        ("inProgress.late", "Đang xử lý: trễ hạn", "In progress: late"),
        ("inProgress.dueSoon", "Đang xử lý: sắp đến hạn", "In progress: due soon"),
        ("inProgress.notYetDue", "Đang xử lý: chưa đến hạn", "In progress: not yet due"),
        ("resolved.total", "Đã giải quyết", "Resolved"),
        ("resolved.late", "Đã giải quyết: trễ hạn", "Resolved: late"),
        ("resolved.onTimeOrEarly", "Đã giải quyết: đúng hạn, trước hạn", "Resolved: on time or early"),
        ("returned", "Trả lại (từ chối giải quyết, trả lại hồ sơ)", "Returned (refused or returned for amendment)"),
        ("lateRate", "Tỷ lệ trễ hạn", "Late rate"),
        ("onTimeRate", "Tỷ lệ đúng hạn", "On-time rate"),
    ];
}

/// <param name="Late">Trễ hạn: the appointment has passed.</param>
/// <param name="DueSoon">Sắp đến hạn: the appointment's warning time (one working day before it) has come, the appointment not.</param>
/// <param name="NotYetDue">Chưa đến hạn.</param>
public sealed record InProgressFigures(int Total, int Late, int DueSoon, int NotYetDue);

/// <param name="Late">Trễ hạn: finished after the appointment (as an apology moved it).</param>
/// <param name="OnTimeOrEarly">Đúng hạn hoặc trước hạn.</param>
public sealed record ResolvedFigures(int Total, int Late, int OnTimeOrEarly);
