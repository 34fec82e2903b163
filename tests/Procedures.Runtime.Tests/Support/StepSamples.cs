using Procedures.Calendar;
using Procedures.Workflows;
using Procedures.Workflows.Activities;
using Procedures.Workflows.Facts;

namespace Procedures.Runtime.Tests.Support;

/// <summary>Hand-built definitions with the second edition's steps: who acts, silence, notices, transfers, agencies.</summary>
public static class StepSamples
{
    public const string Department = "Sở Nội vụ";
    public const string Ministry = "Bộ Nội vụ";
    public const string Commune = "Ủy ban nhân dân cấp xã";
    public const string Bhxh = "Bảo hiểm xã hội tỉnh";
    public const string LabourUnit = "Phòng Lao động - Việc làm";
    public const string MeritUnit = "Phòng Người có công";

    public static readonly Agency DepartmentAgency = new(Department, "000.00.19.H00");
    public static readonly Agency MinistryAgency = new(Ministry, "000.00.00.G09");
    public static readonly Agency CommuneAgency = new(Commune, "000.01.00.X00");

    static ProcedureFacts Facts(string code, string name, TimeLimit limit) => Sample.Facts(code, name, limit) with
    {
        ExecutingAgency = DepartmentAgency,
        Data = [new DataField("Scope", DataType.OneOf, Required: false, ["trong tỉnh", "liên tỉnh", "nước ngoài"])],
    };

    /// <summary>
    /// A registration that takes effect unless the department objects within 7 working days (deemed approval): on
    /// silence a notice goes to social insurance and the result is returned; an objection returns the dossier for
    /// amendment, handed back at the one-stop office (or, with <paramref name="handedBack"/> false, ending there).
    /// </summary>
    public static WorkflowDefinition Registration(bool handedBack = true)
    {
        List<Connection> connections =
        [
            Connection.Create("start", Ports.Done, "receive"),
            Connection.Create("receive", Ports.Received, "review"),
            Connection.Create("receive", Ports.Refused, "end"),
            Connection.Create("review", "objection", "amend"),
            Connection.Create("review", Ports.Silence, "notify"),
            Connection.Create("notify", Ports.Done, "return"),
            Connection.Create("return", Ports.Done, "end"),
        ];
        if (handedBack) connections.Add(Connection.Create("amend", Ports.Done, "return"));
        return WorkflowDefinition.Create(Facts("1.000100", "Đăng ký nội quy lao động", TimeLimit.WorkingDays(7)), new Flowchart(
            [
                new StartActivity("start", "Bắt đầu"),
                new ReceiptActivity("receive", "Tiếp nhận hồ sơ", Sample.OneStop, TimeLimit.WorkingDays(0.5m)),
                new UnitTaskActivity("review", "Xem xét nội quy lao động", LabourUnit, TimeLimit.WorkingDays(7), ["objection"]) { ConsentBySilence = true },
                new ReturnForAmendmentActivity("amend", "Trả lại hồ sơ để sửa đổi nội quy"),
                new NoticeActivity("notify", "Gửi thông báo nội quy có hiệu lực", Department, Bhxh),
                new ReturnResultActivity("return", "Trả kết quả", Sample.OneStop),
                new EndActivity("end", "Kết thúc"),
            ],
            connections));
    }

    /// <summary>
    /// Appraisal that may need the applicant to do something (the department's clock stops), then the parents are
    /// heard (a party: the clock runs), a decision, and the dossier is transferred to another province.
    /// </summary>
    public static WorkflowDefinition ApplicantAndParty() => WorkflowDefinition.Create(
        Facts("1.010900", "Giải quyết chế độ đối với thân nhân", TimeLimit.WorkingDays(20)),
        new Flowchart(
            [
                new StartActivity("start", "Bắt đầu"),
                new ReceiptActivity("receive", "Tiếp nhận hồ sơ", Sample.OneStop, TimeLimit.WorkingDays(0.5m)),
                new UnitTaskActivity("appraise", "Thẩm định hồ sơ", MeritUnit, TimeLimit.WorkingDays(5), ["ok", "visit"]),
                new UnitTaskActivity("assessment", "Người đề nghị đi khám giám định", "Người nộp hồ sơ", TimeLimit.WorkingDays(10), ["done"])
                    { Performer = StepPerformer.Applicant, RecordedBy = MeritUnit },
                new UnitTaskActivity("parents", "Lấy ý kiến cha mẹ", "Cha mẹ hoặc người chăm sóc trẻ em", TimeLimit.WorkingDays(2))
                    { Performer = StepPerformer.Party, RecordedBy = MeritUnit },
                new UnitTaskActivity("decide", "Ký quyết định", "Lãnh đạo Sở Nội vụ", TimeLimit.WorkingDays(3)),
                new TransferActivity("transfer", "Chuyển hồ sơ về tỉnh nơi cư trú", "Sở Nội vụ tỉnh B", TimeLimit.WorkingDays(2)),
                new ReturnResultActivity("return", "Trả kết quả", Sample.OneStop),
                new EndActivity("end", "Kết thúc"),
            ],
            [
                Connection.Create("start", Ports.Done, "receive"),
                Connection.Create("receive", Ports.Received, "appraise"),
                Connection.Create("receive", Ports.Refused, "end"),
                Connection.Create("appraise", "ok", "parents"),
                Connection.Create("appraise", "visit", "assessment"),
                Connection.Create("assessment", "done", "parents"),
                Connection.Create("parents", Ports.Done, "decide"),
                Connection.Create("decide", Ports.Done, "transfer"),
                Connection.Create("transfer", Ports.Done, "return"),
                Connection.Create("return", Ports.Done, "end"),
            ]));

    /// <summary>
    /// A work permit: the ministry takes the dossiers whose scope is inter-provincial, the department the others; or,
    /// with <paramref name="withDefault"/> false, the department only those within the province.
    /// </summary>
    public static WorkflowDefinition ByScope(bool withDefault = true) => Simple(Facts("1.000105", "Cấp giấy phép lao động", TimeLimit.WorkingDays(5)) with
    {
        AgencyChoices =
        [
            new AgencyChoice(MinistryAgency, "Scope == \"liên tỉnh\""),
            new AgencyChoice(DepartmentAgency, withDefault ? null : "Scope == \"trong tỉnh\""),
        ],
    });

    /// <summary>Received and handed back at the commune's one-stop office, decided by the department.</summary>
    public static WorkflowDefinition ReceivedAtCommune() => Simple(
        Facts("1.010803", "Giải quyết chế độ trợ cấp thờ cúng liệt sĩ", TimeLimit.WorkingDays(17)) with { ReceivingAgency = CommuneAgency },
        receivingAgency: Commune);

    /// <summary>An intervention the commune starts itself on a report (no applicant, no receipt), 12 hours.</summary>
    public static WorkflowDefinition StartedByCommune() => WorkflowDefinition.Create(
        Facts("1.004946", "Áp dụng biện pháp can thiệp khẩn cấp", TimeLimit.Hours(12)) with
        {
            ExecutingAgency = CommuneAgency,
            StartedByAgency = true,
            Channels = [],
        },
        new Flowchart(
            [
                new StartActivity("start", "Bắt đầu"),
                new UnitTaskActivity("record", "Ghi chép thông tin", "Người làm công tác bảo vệ trẻ em cấp xã", TimeLimit.Hours(1)),
                new UnitTaskActivity("decide", "Quyết định can thiệp", "Chủ tịch Ủy ban nhân dân cấp xã", TimeLimit.Hours(4)),
                new ReturnResultActivity("return", "Thông báo quyết định", Sample.OneStop),
                new EndActivity("end", "Kết thúc"),
            ],
            [
                Connection.Create("start", Ports.Done, "record"),
                Connection.Create("record", Ports.Done, "decide"),
                Connection.Create("decide", Ports.Done, "return"),
                Connection.Create("return", Ports.Done, "end"),
            ]));

    static WorkflowDefinition Simple(ProcedureFacts facts, string? receivingAgency = null) => WorkflowDefinition.Create(facts, new Flowchart(
        [
            new StartActivity("start", "Bắt đầu"),
            new ReceiptActivity("receive", "Tiếp nhận hồ sơ", Sample.OneStop, TimeLimit.WorkingDays(0.5m)) { Agency = receivingAgency },
            new UnitTaskActivity("decide", "Giải quyết", LabourUnit, TimeLimit.WorkingDays(4)),
            new ReturnResultActivity("return", "Trả kết quả", Sample.OneStop) { Agency = receivingAgency },
            new EndActivity("end", "Kết thúc"),
        ],
        [
            Connection.Create("start", Ports.Done, "receive"),
            Connection.Create("receive", Ports.Received, "decide"),
            Connection.Create("receive", Ports.Refused, "end"),
            Connection.Create("decide", Ports.Done, "return"),
            Connection.Create("return", Ports.Done, "end"),
        ]));
}
