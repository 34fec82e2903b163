using System.Text.Json;
using System.Text.Json.Nodes;
using Procedures.Api.Contracts;
using Procedures.Api.Http;
using Procedures.Api.Problems;

namespace Procedures.Api.OpenApi;

/// <summary>One example of each contract, in the domain's words, for the OpenAPI document.</summary>
public static class ApiExamples
{
    static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(7));

    static readonly TimelineEntry Submitted = new(1, "Submitted", null, "Nộp hồ sơ", null, null, Monday, null, Monday,
        "NoDeadline", "Không có thời hạn", "Submitted", "Chờ tiếp nhận", null, null);

    static readonly TimelineEntry Received = new(2, "StepCompleted", "tiep-nhan", "Tiếp nhận hồ sơ", "Bộ phận Một cửa", "Received",
        Monday, Monday.AddHours(4), Monday.AddHours(1), "OnTime", "Đúng hạn", "Received", "Đã tiếp nhận",
        "số hồ sơ 000.19.30.H00-260302-0001; hẹn trả kết quả 2026-03-30 10:00", Monday.AddDays(28).AddHours(1));

    public static DossierView Dossier { get; } = new(
        "0196a5c2-7d1e-7b3a-9c41-2f0e8d6b5a10", "000.19.30.H00-260302-0001", "1.001978", "Giải quyết hưởng trợ cấp thất nghiệp", 1, 2,
        "InProgress", "Đang xử lý", "Pending", Channel.InPerson, Monday, Monday.AddHours(1), Monday.AddDays(28).AddHours(1), null, false, null, null,
        [new CurrentStepView("tham-dinh", "Thẩm định hồ sơ", "UnitTask", "Xử lý", "Phòng Bảo hiểm thất nghiệp", Monday.AddHours(1),
            Monday.AddDays(21).AddHours(1), false,
            [new WaitView("0196a5c2-7d1e-7b3a-9c41-2f0e8d6b5a10/r2/tham-dinh/OfficerDecision", "OfficerDecision", null,
                ["sufficient", "insufficient", "not-eligible"], Monday.AddDays(21).AddHours(1), Monday.AddDays(20).AddHours(1), null)])],
        [Submitted, Received],
        [new ChecklistItem("request", "Đề nghị hưởng trợ cấp thất nghiệp", null, false, true)],
        new Dictionary<string, JsonElement>(),
        [new RequirementCheckView("Chưa tìm được việc làm sau 15 ngày kể từ ngày nộp hồ sơ", false)],
        []);

    static readonly TimeLimitView Twenty = new(20, "WorkingDays", "20 ngày làm việc");
    static readonly AgencyView Centre = new("Trung tâm Dịch vụ việc làm", "000.19.30.H00");
    static readonly DocumentView Request = new("request", "Đề nghị hưởng trợ cấp thất nghiệp", "Mẫu số 03", 1, 0, 0, true, null);
    static readonly DocumentCaseView Case = new("Thực hiện trợ cấp xã hội hằng tháng", "Request == \"thực hiện\"",
        [new DocumentView("giay-khai-sinh", "Giấy khai sinh", null, 0, 1, 0, true, "Age < 16")]);
    static readonly ChannelView InPerson = new(Channel.InPerson, "Trực tiếp", Twenty, 0, null);
    static readonly LegalBasisView Basis = new("28/2015/NĐ-CP", "Nghị định quy định chi tiết thi hành một số điều của Luật Việc làm về bảo hiểm thất nghiệp", "18");
    static readonly StepView Appraisal = new("tham-dinh", "Thẩm định hồ sơ", "UnitTask", "Xử lý", "Phòng Bảo hiểm thất nghiệp", [],
        new TimeLimitView(15, "WorkingDays", "15 ngày làm việc"), ["sufficient", "insufficient", "not-eligible"]);
    static readonly ResultView Result = new("Quyết định hưởng trợ cấp thất nghiệp", "Mẫu số 05", null, null, null);
    static readonly RefusalResultView Refusal = new("Thông báo không đủ điều kiện hưởng trợ cấp thất nghiệp", null);
    static readonly RequirementView Requirement = new("Đã đóng bảo hiểm thất nghiệp từ đủ 12 tháng trong 24 tháng trước khi chấm dứt hợp đồng lao động", "SốThángĐóng >= 12");
    static readonly ApplicantWindowView Window = new("Within", new TimeLimitView(3, "Months", "3 tháng"), "NgàyChấmDứt",
        "nộp trong 3 tháng kể từ Ngày chấm dứt hợp đồng lao động (NgàyChấmDứt)", null, false);
    static readonly DutyView Duty = new("Thông báo về việc tìm kiếm việc làm hằng tháng", "1.000362", "Thông báo về việc tìm kiếm việc làm");
    static readonly FeeLineView Fee = new(500000, "Lệ phí cấp giấy phép", "SốNgườiLaoĐộng > 10");
    static readonly PaymentView Payment = new("Trợ cấp thất nghiệp hằng tháng", null, "60% mức bình quân tiền lương tháng đóng bảo hiểm thất nghiệp", null, null);
    static readonly VersionView One = new(1, "9f2c4e1a0b7d5c3e8f6a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6", true, null);

    static readonly FiguresView March = new(48, 12, 60, new InProgressView(21, 2, 4, 15), new ResolvedView(36, 1, 35), 3, 0.05m, 0.95m);

    static readonly StatisticsView Statistics = new(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.FromHours(7)),
        "000.19.30.H00", "Trung tâm Dịch vụ việc làm", null, null, ["channel"], March,
        [
            new StatisticsLine(null, null, null, null, Channel.InPerson, new FiguresView(40, 10, 50, new InProgressView(17, 2, 3, 12), new ResolvedView(31, 1, 30), 2, 0.06m, 0.94m)),
            new StatisticsLine(null, null, null, null, Channel.Postal, new FiguresView(8, 2, 10, new InProgressView(4, 0, 1, 3), new ResolvedView(5, 0, 5), 1, 0m, 1m)),
        ],
        [new FigureLabel("received", "Đã tiếp nhận"), new FigureLabel("inProgress.late", "Đang xử lý: trễ hạn"), new FigureLabel("lateRate", "Tỷ lệ trễ hạn")]);

    static readonly Dictionary<Type, object> examples = new()
    {
        [typeof(StatisticsView)] = Statistics,
        [typeof(StatisticsLine)] = Statistics.Groups[0],
        [typeof(FiguresView)] = March,
        [typeof(InProgressView)] = March.InProgress,
        [typeof(ResolvedView)] = March.Resolved,
        [typeof(FigureLabel)] = Statistics.Labels[0],
        [typeof(ProcedureSummary)] = new ProcedureSummary("1.001978", "Giải quyết hưởng trợ cấp thất nghiệp", "Việc làm", ["Tỉnh"], Centre,
            [Channel.InPerson, Channel.Postal, Channel.OnlinePartial], Twenty, 1, false),
        [typeof(ProcedureDetail)] = new ProcedureDetail("1.001978", "Giải quyết hưởng trợ cấp thất nghiệp", "Việc làm", ["Tỉnh"], Centre,
            [new AgencyView("Bảo hiểm xã hội tỉnh", "000.00.40.H00")], [new SubjectView("ĐT1", "Công dân Việt Nam")],
            "Quyết định hưởng trợ cấp thất nghiệp", null, new DateOnly(2015, 5, 1), null, null, Twenty, [InPerson], [Basis],
            new DocumentsView([Request], []),
            new System.Text.Json.Nodes.JsonObject { ["type"] = "object", ["properties"] = new System.Text.Json.Nodes.JsonObject(), ["additionalProperties"] = false },
            [Appraisal], One, false,
            [Result], Refusal, [Requirement], [Window], [], [], [Duty]),
        [typeof(SubjectView)] = new SubjectView("ĐT1", "Công dân Việt Nam"),
        [typeof(ChannelView)] = InPerson,
        [typeof(LegalBasisView)] = Basis,
        [typeof(DocumentView)] = Request,
        [typeof(DocumentCaseView)] = Case,
        [typeof(DocumentsView)] = new DocumentsView([Request], [Case]),
        [typeof(StepView)] = Appraisal,
        [typeof(VersionView)] = One,
        [typeof(ResultView)] = Result,
        [typeof(RefusalResultView)] = Refusal,
        [typeof(RequirementView)] = Requirement,
        [typeof(ApplicantWindowView)] = Window,
        [typeof(FeeLineView)] = Fee,
        [typeof(PaymentView)] = Payment,
        [typeof(DutyView)] = Duty,
        [typeof(RequirementCheckView)] = Dossier.Requirements[0],
        [typeof(FeeChargeView)] = new FeeChargeView("Lệ phí cấp giấy phép", 500000, false),
        [typeof(DiagnosticsView)] = new DiagnosticsView("1.001978", "viec-lam/1.001978.proc", true, 1,
            [new DiagnosticView("PRC2003", "error", "không có cơ quan \"Phòng Việc lam\"; có phải là \"Phòng Việc làm\"?", "viec-lam/1.001978.proc", 12, 5)]),
        [typeof(CurrentStepView)] = Dossier.CurrentSteps[0],
        [typeof(WaitView)] = Dossier.CurrentSteps[0].Waits[0],
        [typeof(ChecklistItem)] = Dossier.Checklist[0],
        [typeof(ApologyView)] = new ApologyView(Monday.AddDays(26), Monday.AddDays(28).AddHours(1), Monday.AddDays(35).AddHours(1),
            "chờ Bảo hiểm xã hội tỉnh xác nhận quá trình đóng"),
        [typeof(SubmitRequest)] = new SubmitRequest(Channel.Postal, new Dictionary<string, JsonElement>(), ["request", "so-bhxh"], Monday.AddDays(-3).AddHours(-1)),
        [typeof(ReceiptRequest)] = new ReceiptRequest(ReceiptDecision.Received, null),
        [typeof(StepOutcomeRequest)] = new StepOutcomeRequest("sufficient", "đủ điều kiện hưởng"),
        [typeof(ReplyRequest)] = new ReplyRequest("đã xác nhận 36 tháng đóng bảo hiểm thất nghiệp"),
        [typeof(CompletionRequest)] = new CompletionRequest("đã nộp bổ sung quyết định thôi việc"),
        [typeof(ApologyRequest)] = new ApologyRequest(Monday.AddDays(35), "chờ Bảo hiểm xã hội tỉnh xác nhận quá trình đóng"),
        [typeof(ComplaintRequest)] = new ComplaintRequest("có ý kiến về đối tượng"),
        [typeof(DossierView)] = Dossier,
        [typeof(AgencyView)] = Centre,
        [typeof(TimeLimitView)] = Twenty,
        [typeof(TimelineEntry)] = Received,
        [typeof(WorkItemView)] = new WorkItemView(Dossier.Id, Dossier.Number, "1.001978", Dossier.CurrentSteps[0].Waits[0].BookmarkId,
            "tham-dinh", "OfficerDecision", "Thẩm định hồ sơ", "Phòng Bảo hiểm thất nghiệp", null, Monday.AddHours(1),
            Monday.AddDays(21).AddHours(1), Monday.AddDays(20).AddHours(1), false, false),
        [typeof(WarningView)] = new WarningView(Dossier.Id, Dossier.Number, "1.001978", "tham-dinh", "Thẩm định hồ sơ", "Phòng Bảo hiểm thất nghiệp",
            null, Monday.AddDays(20).AddHours(1), Monday.AddDays(21).AddHours(1), false, Monday.AddDays(20).AddHours(1)),
        [typeof(DiagnosticView)] = new DiagnosticView("PRC2003", "error",
            "không có cơ quan \"Phòng Việc lam\"; có phải là \"Phòng Việc làm\"?", "viec-lam/1.001978.proc", 12, 5),
    };

    /// <summary>The example of a contract type as JSON, or null for a type without one.</summary>
    public static JsonNode? For(Type type) =>
        type == typeof(ApiProblem) ? Problem(ProblemTypes.Refused)
        : examples.TryGetValue(type, out var example) ? JsonSerializer.SerializeToNode(example, type, ApiJson.Options) : null;

    /// <summary>A problem of this type as the API writes it.</summary>
    public static JsonNode Problem(ProblemType type)
    {
        var problem = new ApiProblem(type.Uri, type.Vietnamese, type.Status, Detail(type), "/api/v1/dossiers/000.19.30.H00-260302-0001/receipt")
        {
            TraceId = "00-8f1c2b7e4d5a6b7c8d9e0f1a2b3c4d5e-1a2b3c4d5e6f7a8b-01",
            Code = type == ProblemTypes.Refused ? "PRC5014"
                : type == ProblemTypes.StaleRevision ? "PRC5063"
                : type == ProblemTypes.DossierNotFound ? "PRC5062"
                : type == ProblemTypes.ProcedureNotFound ? "PRC5060"
                : type == ProblemTypes.ValidationFailed ? "PRC5040" : null,
            Errors = type == ProblemTypes.InvalidJson ? ApiProblems.Errors(("decision", "là bắt buộc"))
                : type == ProblemTypes.ValidationFailed ? ApiProblems.Errors(("data.Age", "\"Age\" phải là số nguyên"))
                : type == ProblemTypes.InvalidRequest ? ApiProblems.Errors(("query.channel", "phải là một trong: InPerson, Postal, OnlineFull, OnlinePartial"))
                : null,
            Dossier = type == ProblemTypes.StaleRevision ? Dossier : null,
        };
        return JsonSerializer.SerializeToNode(problem, ApiJson.Options)!;
    }

    static string? Detail(ProblemType type) =>
        type == ProblemTypes.Refused ? "\"approve\" không phải kết quả của bước \"Thẩm định hồ sơ\"; được chọn: sufficient, insufficient, not-eligible"
        : type == ProblemTypes.StaleRevision ? "hồ sơ 0196a5c2-7d1e-7b3a-9c41-2f0e8d6b5a10 đang ở phiên bản 2, không phải 1: đọc lại hồ sơ và quyết định theo tình trạng hiện tại"
        : type == ProblemTypes.IfMatchRequired ? "gửi If-Match: \"2\" (ETag của hồ sơ khi đọc)"
        : null;
}
