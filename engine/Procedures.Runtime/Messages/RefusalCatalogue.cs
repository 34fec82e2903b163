using System.Collections.Frozen;
using System.Reflection;

namespace Procedures.Runtime.Messages;

/// <summary>
/// The one catalogue of the runtime's refusals, in the pattern of the language's diagnostics catalogue. Codes are
/// stable: 50xx for starting and resuming a dossier (507x for the one-stop forms and the statistics), 510x for the simulation,
/// 512x for the one-stop rules on completing and numbering a dossier, 513x for the executing agency and who opens a dossier.
/// Never renumber; retire a code by leaving it unused.
/// </summary>
public static class RefusalCatalogue
{
    static RefusalDescriptor R(string code, string en, string vi) => new(code, en, vi);

    // ---- starting and resuming a dossier ----
    public static readonly RefusalDescriptor NoDefinition = R("PRC5001",
        "no definition was given", "chưa có quy trình để chạy");
    public static readonly RefusalDescriptor NoDossierId = R("PRC5002",
        "a dossier id is required", "cần mã hồ sơ");
    public static readonly RefusalDescriptor InvalidDefinition = R("PRC5003",
        "procedure {0} cannot run: {1}", "thủ tục {0} không chạy được: {1}");
    public static readonly RefusalDescriptor Abolished = R("PRC5004",
        "procedure {0} was abolished on {1}{2}; it accepts no new dossiers", "thủ tục {0} đã bị bãi bỏ từ ngày {1}{2}; không nhận hồ sơ mới");
    public static readonly RefusalDescriptor NotYetEffective = R("PRC5005",
        "procedure {0} takes effect on {1}", "thủ tục {0} có hiệu lực từ ngày {1}");
    public static readonly RefusalDescriptor NoAgencyCode = R("PRC5006",
        "procedure {0} has no agency code to number dossiers with (Circular 01/2018 Art. 19)",
        "thủ tục {0} không có mã cơ quan để đánh số hồ sơ (Thông tư 01/2018 Điều 19)");
    public static readonly RefusalDescriptor NoInstance = R("PRC5007",
        "no instance was given", "chưa có hồ sơ đang chạy");
    public static readonly RefusalDescriptor NoStimulus = R("PRC5008",
        "no stimulus was given", "chưa có thao tác nào");
    public static readonly RefusalDescriptor WrongVersion = R("PRC5009",
        "dossier {0} runs on {1} version {2} ({3}), not on version {4} ({5})",
        "hồ sơ {0} chạy theo {1} phiên bản {2} ({3}), không phải phiên bản {4} ({5})");
    public static readonly RefusalDescriptor Finished = R("PRC5010",
        "dossier {0} is finished ({1})", "hồ sơ {0} đã kết thúc ({1})");
    public static readonly RefusalDescriptor UncountableLimit = R("PRC5011",
        "a time limit of the procedure cannot be counted: {0}", "không tính được một thời hạn của thủ tục: {0}");
    public static readonly RefusalDescriptor Loops = R("PRC5012",
        "the definition entered more than {0} activities without waiting; it loops",
        "quy trình đi qua hơn {0} hoạt động mà không dừng chờ; quy trình bị lặp");
    public static readonly RefusalDescriptor UnknownStimulus = R("PRC5013",
        "unknown stimulus {0}", "không rõ thao tác {0}");
    public static readonly RefusalDescriptor NotAnOutcome = R("PRC5014",
        "\"{0}\" is not an outcome of step \"{1}\"; allowed: {2}", "\"{0}\" không phải kết quả của bước \"{1}\"; được chọn: {2}");
    public static readonly RefusalDescriptor WrongRouteStop = R("PRC5015",
        "step \"{0}\" is with \"{1}\" (stop {2}), not \"{3}\"", "bước \"{0}\" đang ở \"{1}\" (nơi thứ {2}), không phải \"{3}\"");
    public static readonly RefusalDescriptor NotConsulted = R("PRC5016",
        "step \"{0}\" does not wait for a reply from \"{1}\"; waiting for: {2}", "bước \"{0}\" không chờ trả lời của \"{1}\"; đang chờ: {2}");
    public static readonly RefusalDescriptor NoCompletionOpen = R("PRC5017",
        "no request to complete the dossier is open", "không có yêu cầu bổ sung hồ sơ nào đang chờ");
    public static readonly RefusalDescriptor StepAwaitsNoCompletion = R("PRC5018",
        "step \"{0}\" does not wait for the applicant to complete the dossier", "bước \"{0}\" không chờ người nộp bổ sung hồ sơ");
    public static readonly RefusalDescriptor PeriodNotOver = R("PRC5019",
        "the period of step \"{0}\" ends at {1}, not yet", "thời gian của bước \"{0}\" đến {1} mới hết");
    public static readonly RefusalDescriptor PostingOver = R("PRC5020",
        "the posting of step \"{0}\" ended at {1}", "việc niêm yết của bước \"{0}\" đã hết lúc {1}");
    public static readonly RefusalDescriptor SecondApology = R("PRC5021",
        "the appointment was already moved once (to {0}); Decree 61/2018 Art. 19 allows one new date only",
        "ngày hẹn đã được hẹn lại một lần (đến {0}); Nghị định 61/2018 Điều 19 chỉ cho hẹn lại một lần");
    public static readonly RefusalDescriptor NoAppointmentYet = R("PRC5022",
        "the dossier has no appointment yet; it has not been received", "hồ sơ chưa có ngày hẹn; hồ sơ chưa được tiếp nhận");
    public static readonly RefusalDescriptor ApologyWithoutReason = R("PRC5023",
        "an apology must give the reason for the delay", "phiếu xin lỗi phải nêu lý do chậm trễ");
    public static readonly RefusalDescriptor NewDateNotLater = R("PRC5024",
        "the new date {0} is not after the current appointment {1}", "ngày hẹn mới {0} không sau ngày hẹn hiện tại {1}");
    public static readonly RefusalDescriptor NoDecisionAwaited = R("PRC5025",
        "step \"{0}\" does not wait for an officer's decision", "bước \"{0}\" không chờ quyết định của cán bộ");
    public static readonly RefusalDescriptor NoReplyAwaited = R("PRC5026",
        "step \"{0}\" does not wait for an agency's reply", "bước \"{0}\" không chờ trả lời của cơ quan");
    public static readonly RefusalDescriptor NoCompletionAwaited = R("PRC5027",
        "step \"{0}\" does not wait for the applicant's completion", "bước \"{0}\" không chờ người nộp bổ sung");
    public static readonly RefusalDescriptor NoTimerAwaited = R("PRC5028",
        "step \"{0}\" does not wait for a timer", "bước \"{0}\" không chờ hết thời gian");
    public static readonly RefusalDescriptor NoComplaintAwaited = R("PRC5029",
        "step \"{0}\" does not wait for a complaint", "bước \"{0}\" không nhận khiếu nại");
    public static readonly RefusalDescriptor WaitsNowhere = R("PRC5030",
        "the dossier waits at no step, so \"{0}\" cannot act", "hồ sơ không chờ ở bước nào, nên \"{0}\" không thao tác được");
    public static readonly RefusalDescriptor NotAtStep = R("PRC5031",
        "the dossier is not at step \"{0}\"; it waits at: {1}", "hồ sơ không ở bước \"{0}\"; hồ sơ đang chờ ở: {1}");
    public static readonly RefusalDescriptor ChannelNotOffered = R("PRC5032",
        "procedure {0} does not take dossiers through channel {1}; it takes: {2}",
        "thủ tục {0} không nhận hồ sơ qua cách thức {1}; chỉ nhận: {2}");
    public static readonly RefusalDescriptor NoSuchBookmark = R("PRC5033",
        "the dossier does not wait at bookmark \"{0}\"", "hồ sơ không chờ ở điểm chờ \"{0}\"");
    public static readonly RefusalDescriptor NoDossierNumber = R("PRC5034",
        "a dossier number is required; take one from the agency's daily sequence before starting (Circular 01/2018 Art. 19)",
        "cần số hồ sơ; lấy số từ dãy số trong ngày của cơ quan trước khi bắt đầu (Thông tư 01/2018 Điều 19)");

    // ---- the dossier's data, checked at submission (Decree 63/2010 Art. 8: what the procedure asks for) ----
    public static readonly RefusalDescriptor InvalidData = R("PRC5040",
        "the dossier's data does not match what procedure {0} declares", "dữ liệu hồ sơ không khớp với khai báo của thủ tục {0}");
    public static readonly RefusalDescriptor FieldMissing = R("PRC5041",
        "\"{0}\" ({1}) is required", "thiếu \"{0}\" ({1})");
    public static readonly RefusalDescriptor FieldUnknown = R("PRC5042",
        "\"{0}\" is not a field of the procedure's data", "\"{0}\" không phải trường dữ liệu của thủ tục");
    public static readonly RefusalDescriptor FieldNotText = R("PRC5043",
        "\"{0}\" must be text", "\"{0}\" phải là văn bản");
    public static readonly RefusalDescriptor FieldNotWholeNumber = R("PRC5044",
        "\"{0}\" must be a whole number", "\"{0}\" phải là số nguyên");
    public static readonly RefusalDescriptor FieldNotNumber = R("PRC5045",
        "\"{0}\" must be a number", "\"{0}\" phải là số");
    public static readonly RefusalDescriptor FieldNotMoney = R("PRC5046",
        "\"{0}\" must be an amount of đồng, a whole number not below 0", "\"{0}\" phải là số tiền đồng, số nguyên không âm");
    public static readonly RefusalDescriptor FieldNotYesNo = R("PRC5047",
        "\"{0}\" must be yes or no (true or false)", "\"{0}\" phải là có hoặc không (true hoặc false)");
    public static readonly RefusalDescriptor FieldNotDate = R("PRC5048",
        "\"{0}\" must be a date written YYYY-MM-DD", "\"{0}\" phải là ngày viết dạng YYYY-MM-DD");
    public static readonly RefusalDescriptor FieldNotChoice = R("PRC5049",
        "\"{0}\" must be one of: {1}", "\"{0}\" phải là một trong: {1}");
    public static readonly RefusalDescriptor FieldNotList = R("PRC5050",
        "\"{0}\" must be a list of values among: {1}", "\"{0}\" phải là danh sách các giá trị trong: {1}");

    // ---- the durable engine: what a host asks of stored dossiers and live procedures ----
    public static readonly RefusalDescriptor NoSuchProcedure = R("PRC5060",
        "there is no procedure {0}", "không có thủ tục {0}");
    public static readonly RefusalDescriptor NoGoodVersion = R("PRC5061",
        "procedure {0} has no version that compiled clean; its file has {1} error(s)",
        "thủ tục {0} chưa có phiên bản nào biên dịch không lỗi; tệp của thủ tục có {1} lỗi");
    public static readonly RefusalDescriptor NoSuchDossier = R("PRC5062",
        "there is no dossier {0}", "không có hồ sơ {0}");
    public static readonly RefusalDescriptor StaleRevision = R("PRC5063",
        "dossier {0} is at revision {1}, not {2}: read it again and decide on what it is now",
        "hồ sơ {0} đang ở phiên bản {1}, không phải {2}: đọc lại hồ sơ và quyết định theo tình trạng hiện tại");
    public static readonly RefusalDescriptor VersionNotStored = R("PRC5064",
        "dossier {0} runs on version {1} of procedure {2}, which is not in the database",
        "hồ sơ {0} chạy theo phiên bản {1} của thủ tục {2}, phiên bản này không có trong cơ sở dữ liệu");

    // ---- the one-stop forms (Circular 01/2018/TT-VPCP) and the statistics a host asks for ----
    public static readonly RefusalDescriptor NotReceived = R("PRC5070",
        "dossier {0} has not been received, so it has no receipt and appointment (form 01)",
        "hồ sơ {0} chưa được tiếp nhận nên chưa có giấy tiếp nhận hồ sơ và hẹn trả kết quả (mẫu số 01)");
    public static readonly RefusalDescriptor NoCompletionRequest = R("PRC5071",
        "dossier {0} was never asked to be completed (form 02)",
        "hồ sơ {0} chưa từng được yêu cầu bổ sung, hoàn thiện (mẫu số 02)");
    public static readonly RefusalDescriptor NotRefused = R("PRC5072",
        "dossier {0} was not refused (form 03)",
        "hồ sơ {0} không bị từ chối (mẫu số 03)");
    public static readonly RefusalDescriptor NoApology = R("PRC5073",
        "dossier {0} has no apology with a new date (form 04)",
        "hồ sơ {0} không có phiếu xin lỗi và hẹn lại ngày trả kết quả (mẫu số 04)");
    public static readonly RefusalDescriptor PeriodInverted = R("PRC5074",
        "the period ends on {1}, before it starts on {0}",
        "kỳ báo cáo kết thúc ngày {1}, trước ngày bắt đầu {0}");
    public static readonly RefusalDescriptor NoSuchForm = R("PRC5075",
        "there is no form \"{0}\"; the forms of Circular 01/2018 are 01 to 06",
        "không có mẫu số \"{0}\"; các mẫu của Thông tư 01/2018 là mẫu số 01 đến 06");
    public static readonly RefusalDescriptor RegisterIsOfAPeriod = R("PRC5076",
        "form 06 is the register of an agency's dossiers over a period, not a form of one dossier",
        "mẫu số 06 là sổ theo dõi hồ sơ của một cơ quan trong một kỳ, không phải mẫu của một hồ sơ");

    // ---- the one-stop rules on completing a dossier and numbering it (Decree 61/2018/NĐ-CP, Circular 01/2018/TT-VPCP) ----
    // Sources and how far they were checked are in dsl/README.md §12 ("Nguồn pháp lý và mức độ đối chiếu"): the text of
    // Decree 61/2018 Art. 15, 17 and 19 as amended by Decree 107/2021 was not found (chưa đối chiếu), so the messages cite the
    // articles as the project's domain notes give them, without clause or point; a published provincial procedure record
    // confirms guidance once at the receipt and a receipt only of the complete dossier. Decree 118/2025/NĐ-CP (in force
    // 1 July 2025) was found by number, date, title and scope only; its articles on completion are not verified.
    public static readonly RefusalDescriptor SecondCompletionRequest = R("PRC5120",
        "{0} already asked for this dossier to be completed on {1}; during processing an agency asks once only (Decree 61/2018/NĐ-CP Art. 19 as amended by Decree 107/2021/NĐ-CP): decide on the dossier as it is",
        "{0} đã yêu cầu bổ sung, hoàn thiện hồ sơ này ngày {1}; trong quá trình giải quyết mỗi cơ quan chỉ yêu cầu bổ sung một lần (Nghị định 61/2018/NĐ-CP Điều 19, sửa đổi bởi Nghị định 107/2021/NĐ-CP): giải quyết theo hồ sơ đã có");
    public static readonly RefusalDescriptor SecondGuidance = R("PRC5121",
        "the dossier was already given guidance to complete it at receipt on {0}; guidance is given once, in full (Decree 61/2018/NĐ-CP Art. 15, 17): receive the dossier, or refuse it with the reasons",
        "hồ sơ đã được hướng dẫn bổ sung, hoàn thiện khi tiếp nhận ngày {0}; việc hướng dẫn chỉ thực hiện một lần, đầy đủ (Nghị định 61/2018/NĐ-CP Điều 15, 17): tiếp nhận hồ sơ, hoặc từ chối tiếp nhận và nêu rõ lý do");
    public static readonly RefusalDescriptor NoReceiptNumber = R("PRC5122",
        "receiving the dossier gives it its number: take the agency's next number of the receipt date first (Circular 01/2018/TT-VPCP Art. 19)",
        "tiếp nhận hồ sơ thì cấp số hồ sơ: lấy số tiếp theo trong ngày tiếp nhận của cơ quan trước (Thông tư 01/2018/TT-VPCP Điều 19)");
    public static readonly RefusalDescriptor NumberedBeforeReceipt = R("PRC5123",
        "a dossier of procedure {0} gets its number when the one-stop office receives it complete, not at submission (Circular 01/2018/TT-VPCP Art. 19)",
        "hồ sơ của thủ tục {0} được cấp số khi Bộ phận Một cửa tiếp nhận hồ sơ đầy đủ, không cấp khi nộp (Thông tư 01/2018/TT-VPCP Điều 19)");

    // ---- agencies and who acts (language second edition: steps and agencies) ----
    public static readonly RefusalDescriptor NoAgencyHolds = R("PRC5130",
        "no executing agency of procedure {0} takes this dossier: none of their conditions holds ({1})",
        "không cơ quan thực hiện nào của thủ tục {0} nhận hồ sơ này: không điều kiện nào đúng ({1})");
    public static readonly RefusalDescriptor AgencyUndecided = R("PRC5131",
        "the executing agency of procedure {0} cannot be chosen: the condition `{1}` of \"{2}\" cannot be decided on this dossier's data ({3})",
        "không chọn được cơ quan thực hiện của thủ tục {0}: điều kiện `{1}` của \"{2}\" không xác định được trên dữ liệu hồ sơ ({3})");
    public static readonly RefusalDescriptor StartedByAgency = R("PRC5132",
        "procedure {0} is started by its agency: nobody submits it; an officer of {1} opens the dossier and says who opened it",
        "thủ tục {0} do cơ quan tự khởi xướng: không nhận hồ sơ nộp; cán bộ của {1} mở hồ sơ và ghi rõ người mở");

    // ---- the applicant's windows and the procedure's requirements, checked at submission (Civil Code 2015 Art. 147–148) ----
    public static readonly RefusalDescriptor FiledAfterWindow = R("PRC5140",
        "the dossier was filed on {0}, after its window: apply within {1:period} of {2} ({3}), by {4} at the latest",
        "hồ sơ nộp ngày {0}, quá hạn nộp: nộp trong {1:period} kể từ {2} ({3}), chậm nhất ngày {4}");
    public static readonly RefusalDescriptor FiledBeforeWindow = R("PRC5141",
        "the dossier was filed on {0}, before {2} ({3}), the day its window of {1:period} runs from",
        "hồ sơ nộp ngày {0}, trước {2} ({3}) là ngày bắt đầu tính hạn nộp {1:period}");
    public static readonly RefusalDescriptor FiledTooLateBefore = R("PRC5142",
        "the dossier was filed on {0}, too late: apply at least {1:period} before {2} ({3}), by {4} at the latest",
        "hồ sơ nộp ngày {0}, quá hạn nộp: nộp trước {2} ({3}) ít nhất {1:period}, chậm nhất ngày {4}");
    public static readonly RefusalDescriptor RequirementNotMet = R("PRC5143",
        "the dossier does not meet the requirement \"{0}\" ({1})",
        "hồ sơ không đáp ứng yêu cầu \"{0}\" ({1})");
    public static readonly RefusalDescriptor FiledOutsideWindow = R("PRC5145",
        "the dossier was filed on {0}, outside its window: apply within {1:period} before or after {2} ({3}), from {4} to {5}",
        "hồ sơ nộp ngày {0}, ngoài hạn nộp: nộp trong {1:period} trước hoặc sau {2} ({3}), từ ngày {4} đến ngày {5}");
    public static readonly RefusalDescriptor NotEligible = R("PRC5144",
        "the dossier does not meet the windows and requirements of procedure {0}",
        "hồ sơ không đáp ứng hạn nộp và yêu cầu, điều kiện của thủ tục {0}");

    // ---- simulating a dossier ----
    public static readonly RefusalDescriptor WaitsForNothing = R("PRC5101",
        "the dossier waits for nothing but is not finished", "hồ sơ không chờ gì nhưng chưa kết thúc");
    public static readonly RefusalDescriptor PathWordNotAnOutcome = R("PRC5102",
        "\"{0}\" is not an outcome of \"{1}\"; choose from: {2}", "\"{0}\" không phải kết quả của bước \"{1}\"; chọn một trong: {2}");
    public static readonly RefusalDescriptor PathLoops = R("PRC5103",
        "the dossier did not finish within {0} steps; the path may loop", "hồ sơ chưa kết thúc sau {0} lượt; đường đi có thể bị lặp");
    public static readonly RefusalDescriptor PathLeftOver = R("PRC5104",
        "the dossier finished before the path was used up: {0}", "hồ sơ đã kết thúc khi đường đi còn thừa: {0}");
    public static readonly RefusalDescriptor LateTargetUnknown = R("PRC5105",
        "--late \"{0}\" names no step or agency of the procedure; choose from: {1}",
        "--late \"{0}\" không phải bước hay cơ quan nào của thủ tục; chọn một trong: {1}");
    public static readonly RefusalDescriptor ApologyNotNeeded = R("PRC5106",
        "no apology was sent: the dossier finished at {0}, before the day the apology is due ({1}, one working day before the appointment {2})",
        "không gửi phiếu xin lỗi: hồ sơ đã kết thúc lúc {0}, trước ngày phải xin lỗi ({1}, một ngày làm việc trước ngày hẹn {2})");

    static readonly FrozenDictionary<string, RefusalDescriptor> byCode = typeof(RefusalCatalogue)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => f.GetValue(null)).OfType<RefusalDescriptor>()
        .ToFrozenDictionary(d => d.Code);

    /// <summary>Every refusal, by code.</summary>
    public static IReadOnlyCollection<RefusalDescriptor> All => byCode.Values;

    public static RefusalDescriptor? Find(string code) => byCode.GetValueOrDefault(code);
}
