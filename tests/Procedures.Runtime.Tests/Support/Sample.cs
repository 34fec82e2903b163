using Procedures.Calendar;
using Procedures.Workflows;
using Procedures.Workflows.Activities;
using Procedures.Workflows.Facts;
using NodaTime;

namespace Procedures.Runtime.Tests.Support;

/// <summary>Hand-built definitions shaped like real labour and social procedures.</summary>
public static class Sample
{
    public const string OneStop = "Bộ phận Một cửa";
    public const string Bhxh = "Bảo hiểm xã hội tỉnh";
    public const string Police = "Công an tỉnh";

    public static ProcedureFacts Facts(string code, string name, TimeLimit limit) => new()
    {
        Code = code,
        Name = name,
        Field = "Việc làm",
        Levels = ["Tỉnh"],
        ExecutingAgency = new Agency("Trung tâm Dịch vụ việc làm tỉnh", "000.00.12.H26"),
        CoordinatingAgencies = [Bhxh],
        Subjects = [new Subject("ĐT1", "Công dân Việt Nam")],
        Channels =
        [
            new Channel(ChannelKind.InPerson),
            new Channel(ChannelKind.Postal, TimeLimit.WorkingDays(22), 0m, "Miễn phí"),
        ],
        TimeLimit = limit,
        Data =
        [
            new DataField("Age", DataType.WholeNumber, Required: false),
            new DataField("Name", DataType.Text, Required: false),
            new DataField("Authorized", DataType.YesNo, Required: false),
        ],
        Result = "Quyết định hưởng trợ cấp thất nghiệp",
        LegalBasis =
        [
            new LegalBasisEntry("38/2013/QH13", "Luật Việc làm 2013", "46"),
            new LegalBasisEntry("28/2015/NĐ-CP", "Nghị định 28/2015/NĐ-CP", "18"),
        ],
        PublicationDecision = "Quyết định 1234/QĐ-LĐTBXH",
        EffectiveDate = new LocalDate(2015, 5, 1),
        Documents = new DocumentChecklist(
            [
                new RequiredDocument("request", "Đề nghị hưởng trợ cấp thất nghiệp", "Mẫu số 03", Originals: 1),
                new RequiredDocument("contract", "Hợp đồng lao động đã chấm dứt | bản sao", Copies: 1, CertifiedCopies: 1),
            ],
            [
                new DocumentCase("Người lao động ủy quyền", "Data.Authorized == true",
                    [new RequiredDocument("proxy", "Giấy ủy quyền \"hợp lệ\"", Originals: 1, IsRequired: false, Condition: "Data.Authorized")]),
            ]),
    };

    /// <summary>1.001978 Giải quyết hưởng trợ cấp thất nghiệp: receipt, appraisal, consultation, signing, return.</summary>
    /// <param name="decisionMayAsk">The signing agency (Sở Nội vụ) may also ask the applicant to complete the dossier.</param>
    /// <param name="consultBesideAppraisal">The consultation starts at the receipt, beside the appraisal, instead of after it.</param>
    public static WorkflowDefinition Unemployment(TimeLimit? appraisal = null, bool withConsultation = true, bool decisionMayAsk = false,
        CompletionRules? completion = null, bool consultBesideAppraisal = false)
    {
        var activities = new List<Activity>
        {
            new StartActivity("start", "Bắt đầu"),
            new ReceiptActivity("receive", "Tiếp nhận hồ sơ", OneStop, TimeLimit.WorkingDays(0.5m)),
            new CompletionRequestActivity("complete-receipt", "Yêu cầu bổ sung khi tiếp nhận"),
            new UnitTaskActivity("appraise", "Thẩm định hồ sơ", "Phòng Bảo hiểm thất nghiệp", appraisal ?? TimeLimit.WorkingDays(15), ["ok", "incomplete", "refuse"]),
            new CompletionRequestActivity("complete-appraisal", "Yêu cầu bổ sung sau thẩm định"),
            new UnitTaskActivity("decide", "Ký quyết định", "Sở Nội vụ", TimeLimit.WorkingDays(1.5m), ["approve", "refuse"]),
            new RefusalActivity("refusal", "Từ chối giải quyết"),
            new ReturnResultActivity("return", "Trả kết quả", OneStop),
            new EndActivity("end", "Kết thúc"),
        };
        var connections = new List<Connection>
        {
            Connection.Create("start", Ports.Done, "receive"),
            Connection.Create("receive", Ports.Received, "appraise"),
            Connection.Create("receive", Ports.Incomplete, "complete-receipt"),
            Connection.Create("receive", Ports.Refused, "end"),
            Connection.Create("complete-receipt", Ports.Completed, "receive"),
            Connection.Create("appraise", "incomplete", "complete-appraisal"),
            Connection.Create("complete-appraisal", Ports.Completed, "appraise"),
            Connection.Create("appraise", "refuse", "refusal"),
            Connection.Create("decide", "approve", "return"),
            Connection.Create("decide", "refuse", "refusal"),
            Connection.Create("refusal", Ports.Done, "return"),
            Connection.Create("return", Ports.Done, "end"),
        };
        if (withConsultation)
        {
            activities.Insert(4, new ConsultationActivity("consult", "Lấy ý kiến xác nhận quá trình đóng BHTN",
                [new ConsultedAgency(Bhxh, TimeLimit.WorkingDays(3)), new ConsultedAgency(Police, TimeLimit.WorkingDays(2))]));
            connections.Add(consultBesideAppraisal ? Connection.Create("receive", Ports.Received, "consult") : Connection.Create("appraise", "ok", "consult"));
            connections.Add(Connection.Create("consult", Ports.Done, "decide"));
            if (consultBesideAppraisal) connections.Add(Connection.Create("appraise", "ok", "decide"));
        }
        else
        {
            connections.Add(Connection.Create("appraise", "ok", "decide"));
        }
        if (decisionMayAsk)
        {
            var decide = activities.FindIndex(a => a.Id == "decide");
            activities[decide] = new UnitTaskActivity("decide", "Ký quyết định", "Sở Nội vụ", TimeLimit.WorkingDays(1.5m), ["approve", "refuse", "incomplete"]);
            activities.Insert(decide + 1, new CompletionRequestActivity("complete-decision", "Yêu cầu bổ sung khi ký quyết định", "Sở Nội vụ"));
            connections.Add(Connection.Create("decide", "incomplete", "complete-decision"));
            connections.Add(Connection.Create("complete-decision", Ports.Completed, "decide"));
        }
        var facts = Facts("1.001978", "Giải quyết hưởng trợ cấp thất nghiệp", TimeLimit.WorkingDays(20)) with
        {
            Completion = completion ?? CompletionRules.OneStopDefault,
        };
        return WorkflowDefinition.Create(facts, new Flowchart(activities, connections));
    }

    /// <summary>1.001776 monthly social allowance: commune review, public posting, a routing slip through the province.</summary>
    public static WorkflowDefinition SocialAllowance() => WorkflowDefinition.Create(
        Facts("1.001776", "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng", TimeLimit.WorkingDays(22)) with { Field = "Bảo trợ xã hội" },
        new Flowchart(
            [
                new StartActivity("start", "Bắt đầu"),
                new ReceiptActivity("receive", "Tiếp nhận hồ sơ", OneStop, TimeLimit.WorkingDays(0.5m)),
                new UnitTaskActivity("review", "Xét duyệt hồ sơ", "Hội đồng xét duyệt cấp xã", TimeLimit.WorkingDays(7)),
                new PublicPostingActivity("post", "Niêm yết công khai kết quả xét duyệt", "Trụ sở UBND xã", TimeLimit.WorkingDays(2)),
                new RoutingSlipActivity("route", "Chuyển xử lý liên thông",
                [
                    new RoutingStop("Phòng Văn hóa - Xã hội", "thẩm định", TimeLimit.WorkingDays(7)),
                    new RoutingStop("Chủ tịch UBND xã", "ký quyết định", TimeLimit.WorkingDays(3)),
                ]),
                new ReturnResultActivity("return", "Trả kết quả", OneStop),
                new EndActivity("end", "Kết thúc"),
            ],
            [
                Connection.Create("start", Ports.Done, "receive"),
                Connection.Create("receive", Ports.Received, "review"),
                Connection.Create("review", Ports.Done, "post"),
                Connection.Create("post", Ports.Done, "route"),
                Connection.Create("post", Ports.Complaint, "review"),
                Connection.Create("route", Ports.Done, "return"),
                Connection.Create("return", Ports.Done, "end"),
            ]));

    /// <summary>A commune dossier that, for people aged 80 or more, is forwarded up to the province and comes back.</summary>
    public static WorkflowDefinition Forwarded() => WorkflowDefinition.Create(
        Facts("1.010426", "Giải quyết trợ cấp khó khăn đột xuất của đối tượng chính sách", TimeLimit.WorkingDays(12)) with { Field = "Người có công" },
        new Flowchart(
            [
                new StartActivity("start", "Bắt đầu"),
                new ReceiptActivity("receive", "Tiếp nhận hồ sơ", OneStop, TimeLimit.WorkingDays(0.5m)),
                new DecisionActivity("aged", "Từ 80 tuổi trở lên?", "Data.Age >= 80 && Data.Name != \"\""),
                new ForwardingActivity("forward", "Chuyển Sở Nội vụ giải quyết", "Sở Nội vụ", TimeLimit.WorkingDays(10)),
                new UnitTaskActivity("local", "Giải quyết tại xã", "UBND xã", TimeLimit.WorkingDays(5)),
                new ReturnResultActivity("return", "Trả kết quả", OneStop),
                new EndActivity("end", "Kết thúc"),
            ],
            [
                Connection.Create("start", Ports.Done, "receive"),
                Connection.Create("receive", Ports.Received, "aged"),
                Connection.Create("aged", Ports.True, "forward"),
                Connection.Create("aged", Ports.False, "local"),
                Connection.Create("forward", Ports.Done, "return"),
                Connection.Create("local", Ports.Done, "return"),
                Connection.Create("return", Ports.Done, "end"),
            ]));
}
