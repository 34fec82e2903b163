namespace Procedures.Api.Contracts;

/// <summary>Đang xử lý: the dossiers not finished when the period is judged, by their appointment.</summary>
/// <param name="Late">Trễ hạn: the appointment has passed.</param>
/// <param name="DueSoon">Sắp đến hạn: one working day or less before the appointment.</param>
/// <param name="NotYetDue">Chưa đến hạn.</param>
public sealed record InProgressView(int Total, int Late, int DueSoon, int NotYetDue);

/// <summary>Đã giải quyết: finished in the period with a result, against the appointment (as an apology moved it).</summary>
/// <param name="Late">Trễ hạn.</param>
/// <param name="OnTimeOrEarly">Đúng hạn hoặc trước hạn.</param>
public sealed record ResolvedView(int Total, int Late, int OnTimeOrEarly);

/// <summary>
/// The figures of one line as provincial one-stop systems publish them. A dossier counts from its receipt; every dossier
/// to handle is, when the period is judged, in progress, resolved or returned: <c>toHandle = inProgress.total +
/// resolved.total + returned</c>.
/// </summary>
/// <param name="Received">Đã tiếp nhận: received in the period.</param>
/// <param name="CarriedOver">Tồn kỳ trước: received before the period and not finished when it began.</param>
/// <param name="ToHandle">Cần xử lý = tồn kỳ trước + đã tiếp nhận.</param>
/// <param name="Returned">Trả lại: refused (handed back with the reasons instead of a result); outside the late rate.</param>
/// <param name="LateRate">Tỷ lệ trễ hạn = (đang xử lý trễ hạn + đã giải quyết trễ hạn) / cần xử lý, 0 to 1, four decimals.</param>
/// <param name="OnTimeRate">Tỷ lệ đúng hạn = 1 − tỷ lệ trễ hạn (0 when nothing is to handle).</param>
public sealed record FiguresView(
    int Received,
    int CarriedOver,
    int ToHandle,
    InProgressView InProgress,
    ResolvedView Resolved,
    int Returned,
    decimal LateRate,
    decimal OnTimeRate);

/// <summary>One line of the breakdown: the procedure, agency or channel it is of (null for a dimension not asked) and its figures.</summary>
public sealed record StatisticsLine(string? ProcedureCode, string? ProcedureName, string? AgencyCode, string? AgencyName, Channel? Channel, FiguresView Figures);

/// <summary>The header a portal prints over a figure: <c>field</c> is its JSON path in <c>figures</c> (<c>inProgress.late</c>).</summary>
public sealed record FigureLabel(string Field, string Text);

/// <summary>
/// The one-stop statistics of an agency over a period (both days included, Vietnam time), judged at the period's end or
/// at <c>asOf</c> while it runs: the total, the lines of the breakdown asked for (<c>groupBy</c>: <c>procedure</c>,
/// <c>agency</c>, <c>channel</c>), and the figures' labels in the caller's language.
/// </summary>
public sealed record StatisticsView(
    DateOnly From,
    DateOnly To,
    DateTimeOffset AsOf,
    string AgencyCode,
    string? AgencyName,
    string? ProcedureCode,
    Channel? Channel,
    IReadOnlyList<string> GroupBy,
    FiguresView Total,
    IReadOnlyList<StatisticsLine> Groups,
    IReadOnlyList<FigureLabel> Labels);
