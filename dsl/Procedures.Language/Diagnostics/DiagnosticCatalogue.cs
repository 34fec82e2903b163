namespace Procedures.Language.Diagnostics;

/// <summary>
/// The one catalogue of diagnostics. Codes are stable: 1xxx for reading a file (syntax), 2xxx for
/// checking what it says (binding). Never renumber; retire a code by leaving it unused.
/// </summary>
public static class DiagnosticCatalogue
{
    static DiagnosticDescriptor Error(string code, string en, string vi, string help) => new(code, Severity.Error, en, vi, help);
    static DiagnosticDescriptor Warning(string code, string en, string vi, string help) => new(code, Severity.Warning, en, vi, help);

    // ---- reading a file ----
    public static readonly DiagnosticDescriptor UnexpectedCharacter = Error("PRC1001",
        "unexpected character \"{0}\"", "ký tự không hợp lệ \"{0}\"",
        "Names and titles go between double quotes; conditions between backticks.");
    public static readonly DiagnosticDescriptor UnterminatedString = Error("PRC1002",
        "text is not closed; add \" at the end", "chuỗi chưa được đóng; thêm dấu \" ở cuối",
        "A quoted text must end on the same line with a closing double quote.");
    public static readonly DiagnosticDescriptor UnterminatedCondition = Error("PRC1003",
        "condition is not closed; add ` at the end", "điều kiện chưa được đóng; thêm dấu ` ở cuối",
        "A condition is a C# expression between two backticks on one line.");
    public static readonly DiagnosticDescriptor SyntaxError = Error("PRC1004",
        "unexpected {0}; expected {1}", "không mong đợi {0}; cần {1}",
        "Each line starts with a keyword and its values follow in a fixed order; see dsl/README.md.");
    public static readonly DiagnosticDescriptor UnknownLanguage = Error("PRC1005",
        "unknown keyword language \"{0}\"; use \"en\" or \"vi\"", "không rõ ngôn ngữ từ khóa \"{0}\"; dùng \"en\" hoặc \"vi\"",
        "The first line may be \"# language: vi\" or \"# language: en\".");
    public static readonly DiagnosticDescriptor MixedKeywords = Error("PRC1006",
        "keyword \"{0}\" is not in this file's keyword set ({1}); write \"{2}\"", "từ khóa \"{0}\" không thuộc bộ từ khóa của tệp ({1}); hãy viết \"{2}\"",
        "A file uses one keyword set, chosen by its \"# language:\" line; \"procedures fmt --lang\" translates a whole file.");
    public static readonly DiagnosticDescriptor LineOutOfPlace = Error("PRC1007",
        "\"{0}\" cannot stand here; it belongs {1}", "\"{0}\" không đặt ở đây được; dòng này thuộc {1}",
        "A procedure file reads: the procedure line and its facts, then the documents block, then the steps block.");
    public static readonly DiagnosticDescriptor InvalidUtf8 = Warning("PRC1008",
        "the file is not valid UTF-8; unreadable bytes were replaced by \"\uFFFD\"", "tệp không phải UTF-8 hợp lệ; các byte không đọc được đã được thay bằng \"\uFFFD\"",
        "Save the file as UTF-8 (with or without BOM). A UTF-8 file with a few stray bytes gets this warning; a file with more unreadable byte sequences than readable accented letters is in another encoding (PRC1015).");
    public static readonly DiagnosticDescriptor SecondProcedure = Error("PRC1009",
        "a file holds one procedure; \"{0}\" starts a second one", "mỗi tệp chỉ chứa một thủ tục; \"{0}\" bắt đầu thủ tục thứ hai",
        "Put each procedure in its own file named after its code.");
    public static readonly DiagnosticDescriptor DecimalComma = Error("PRC1010",
        "\"{0}\" is written with a decimal comma; write \"{1}\"", "số \"{0}\" viết bằng dấu phẩy thập phân; hãy viết \"{1}\" (dùng dấu chấm)",
        "Numbers use a decimal point, as in 0.5 or 1.5 working days; a comma only separates the items of a list.");
    public static readonly DiagnosticDescriptor DayMonthYearDate = Error("PRC1011",
        "date \"{0}\" is written day/month/year; write \"{1}\"", "ngày \"{0}\" viết theo kiểu ngày/tháng/năm; hãy viết \"{1}\" (năm-tháng-ngày)",
        "Dates are written YYYY-MM-DD, year first: 1 July 2025 is 2025-07-01.");
    public static readonly DiagnosticDescriptor MisspelledKeyword = Error("PRC1012",
        "\"{0}\" is not a keyword; did you mean \"{1}\"?", "\"{0}\" không phải là từ khóa; có phải \"{1}\"?",
        "Keywords are spelled as in the keyword table (dsl/README.md, section 8), with their diacritics; the line was read with the suggested keyword.");
    public static readonly DiagnosticDescriptor UnknownStepKind = Error("PRC1013",
        "unknown step kind \"{0}\"; a step line starts with {1}", "không có loại bước \"{0}\"; dòng bước bắt đầu bằng {1}",
        "A step line is a step kind, the step's id and its title in quotes; see dsl/README.md, section 6.");
    public static readonly DiagnosticDescriptor EmptyFile = Warning("PRC1014",
        "the file {0}; a procedure file starts with a line such as: {1} 1.001978 \"Giải quyết hưởng trợ cấp thất nghiệp\"",
        "tệp {0}; tệp thủ tục bắt đầu bằng một dòng như: {1} 1.001978 \"Giải quyết hưởng trợ cấp thất nghiệp\"",
        "A procedure file starts with its code and name, then its facts, its documents and its steps; see dsl/README.md, section 1.");
    public static readonly DiagnosticDescriptor UnreadableEncoding = Error("PRC1015",
        "the file is saved in {0}, not UTF-8, and cannot be read; save it as UTF-8 (in Notepad: File → Save As → Encoding: UTF-8)",
        "tệp được lưu bằng bảng mã {0}, không phải UTF-8, nên không đọc được; hãy lưu lại dạng UTF-8 (trong Notepad: File → Save As → Encoding: UTF-8)",
        "Procedure files are UTF-8. A file with more unreadable byte sequences than readable accented letters is taken to be in another encoding and is not read at all.");
    public static readonly DiagnosticDescriptor DocumentIndentedLikeCases = Warning("PRC1016",
        "document \"{0}\" is indented like the case lines but belongs to case \"{1}\"; indent it under the case, or move it above the cases to make it common to all",
        "giấy tờ \"{0}\" thụt lề như các dòng trường hợp nhưng thuộc trường hợp \"{1}\"; hãy thụt vào dưới trường hợp đó, hoặc chuyển lên trên các trường hợp để dùng chung cho mọi trường hợp",
        "Indentation carries no meaning: a document after a case line belongs to that case however it is indented.");
    public static readonly DiagnosticDescriptor SubLineIndentedLikeSteps = Warning("PRC1017",
        "\"{0}\" is indented like the step lines but belongs to step \"{1}\"; indent it under the step",
        "\"{0}\" thụt lề như các dòng bước nhưng thuộc bước \"{1}\"; hãy thụt vào dưới bước đó",
        "Indentation carries no meaning: an outcome, \"with\" or \"to\" line belongs to the step before it however it is indented.");

    // ---- checking what it says ----
    public static readonly DiagnosticDescriptor DuplicateProcedureCode = Error("PRC2001",
        "procedure code {0} is already used in {1}", "mã thủ tục {0} đã được dùng trong {1}",
        "Every procedure has its own code from the national database.");
    public static readonly DiagnosticDescriptor DuplicateId = Error("PRC2002",
        "{0} \"{1}\" is declared twice; first at {2}", "{0} \"{1}\" được khai báo hai lần; lần đầu tại {2}",
        "Give each step, document, agency and subject its own id or name.");
    public static readonly DiagnosticDescriptor UnknownAgency = Error("PRC2003",
        "unknown agency \"{0}\"{1}", "không có cơ quan \"{0}\"{1}",
        "Agencies are declared in procedures/catalogue/agencies.proc.");
    public static readonly DiagnosticDescriptor UnknownUnit = Error("PRC2004",
        "unknown unit \"{0}\"{1}", "không có đơn vị \"{0}\"{1}",
        "A step is done by one-stop, by a unit of the executing agency, or by an agency of the catalogue.");
    public static readonly DiagnosticDescriptor UnknownDocument = Error("PRC2005",
        "unknown shared document \"{0}\"{1}", "không có giấy tờ dùng chung \"{0}\"{1}",
        "A document without an id refers to procedures/catalogue/documents.proc by its name; give it an id to declare it here.");
    public static readonly DiagnosticDescriptor UnknownSubject = Error("PRC2006",
        "unknown subject code {0}{1}", "không có mã đối tượng {0}{1}",
        "Subject codes (ĐT1, ĐT2 …) are declared in procedures/catalogue/subjects.proc.");
    public static readonly DiagnosticDescriptor UnknownStep = Error("PRC2007",
        "unknown step \"{0}\"{1}", "không có bước \"{0}\"{1}",
        "An outcome leads to a step id of this procedure, to \"request completion\" or to \"refuse\".");
    public static readonly DiagnosticDescriptor UnreachableStep = Error("PRC2008",
        "step \"{0}\" can never be reached", "bước \"{0}\" không bao giờ được thực hiện",
        "A step is reached from the step before it or from an outcome that names it.");
    public static readonly DiagnosticDescriptor NoPathToResult = Error("PRC2009",
        "step \"{0}\" has no path to the return of the result", "từ bước \"{0}\" không có đường đến bước trả kết quả",
        "Every step must lead, through its outcomes, to the return step (or to a refusal).");
    public static readonly DiagnosticDescriptor MissingReceipt = Error("PRC2010",
        "the steps must begin with a receipt (\"{0}\")", "trình tự phải bắt đầu bằng bước tiếp nhận (\"{0}\")",
        "Every dossier is first received by the one-stop office (Decree 61/2018 Art. 17).");
    public static readonly DiagnosticDescriptor MissingReturn = Error("PRC2011",
        "the steps have no return of the result; add a \"{0}\" step", "trình tự không có bước trả kết quả; thêm bước \"{0}\"",
        "The result goes back to the applicant through the one-stop office (Decree 61/2018 Art. 20).");
    public static readonly DiagnosticDescriptor StepsExceedDeadline = Error("PRC2012",
        "the steps take {0} along \"{1}\", more than the procedure's {2}", "các bước mất {0} theo đường \"{1}\", quá thời hạn {2} của thủ tục",
        "Shorten a step or correct the procedure's deadline. Steps in other units are converted: a week of 7 days has 5 working days, a working day 8 hours; an await step's time is not counted (the clock stops).");
    public static readonly DiagnosticDescriptor MalformedCode = Error("PRC2013",
        "malformed procedure code \"{0}\"; expected a digit, a dot and six digits, as in 1.001978", "mã thủ tục \"{0}\" sai dạng; cần một chữ số, dấu chấm và sáu chữ số, ví dụ 1.001978",
        "Copy the code from the national database of administrative procedures.");
    public static readonly DiagnosticDescriptor EffectiveAfterAbolished = Error("PRC2014",
        "effective date {0} is after the abolition date {1}", "ngày hiệu lực {0} sau ngày bãi bỏ {1}",
        "A procedure is abolished after it takes effect.");
    public static readonly DiagnosticDescriptor InvalidNumber = Error("PRC2015",
        "invalid number {0}: {1}", "số không hợp lệ {0}: {1}",
        "Time limits are positive (halves allowed: 0.5, 1.5); counts are whole numbers; fees are whole đồng.");
    public static readonly DiagnosticDescriptor InvalidDate = Error("PRC2016",
        "invalid date {0}: no such day", "ngày không hợp lệ {0}: không có ngày này",
        "Dates are written YYYY-MM-DD.");
    public static readonly DiagnosticDescriptor MissingFact = Error("PRC2017",
        "procedure {0} does not say its {1}; add a \"{2}\" line", "thủ tục {0} chưa có {1}; thêm dòng \"{2}\"",
        "Decree 63/2010 Art. 8 lists the facts every published procedure states.");
    public static readonly DiagnosticDescriptor RepeatedFact = Error("PRC2018",
        "\"{0}\" is given twice", "\"{0}\" được khai báo hai lần",
        "State each fact once.");
    public static readonly DiagnosticDescriptor DuplicateChannel = Error("PRC2019",
        "channel \"{0}\" is listed twice", "cách thức \"{0}\" được liệt kê hai lần",
        "List each channel once, with its own time limit and fee.");
    public static readonly DiagnosticDescriptor ForwardNotHigher = Error("PRC2020",
        "\"{0}\" is at {1} level, not above the executing agency's {2} level", "\"{0}\" ở cấp {1}, không cao hơn cấp {2} của cơ quan thực hiện",
        "Forwarding sends a dossier up a level (commune → province → ministry).");
    public static readonly DiagnosticDescriptor OutcomeNotAllowed = Error("PRC2021",
        "outcome \"{0}\" is not allowed here: {1}", "kết quả \"{0}\" không dùng được ở đây: {1}",
        "A branch has the outcomes yes and no; a posting has complaint; a unit step names its own outcomes; other steps go on to the next step.");
    public static readonly DiagnosticDescriptor MissingAgencies = Error("PRC2022",
        "step \"{0}\" names no agency; add {1}", "bước \"{0}\" chưa có cơ quan nào; thêm {1}",
        "A consultation lists the agencies asked in parallel; a routing lists the agencies in order.");
    public static readonly DiagnosticDescriptor MissingAbolitionDecision = Warning("PRC2023",
        "the abolition on {0} does not name its decision", "việc bãi bỏ ngày {0} chưa ghi quyết định bãi bỏ",
        "Write the abolishing decision after the date, e.g. abolished 2025-07-01 by \"Quyết định 123/QĐ-BNV\".");
    public static readonly DiagnosticDescriptor OrphanLine = Error("PRC2024",
        "\"{0}\" must follow {1}", "\"{0}\" phải đứng sau {1}",
        "Agencies of a consultation or routing, and outcomes, are written on the lines under their step.");
    public static readonly DiagnosticDescriptor EmptyCondition = Error("PRC2025",
        "the condition is empty", "điều kiện đang trống",
        "Write a C# expression over the dossier's data between the backticks, e.g. `Age >= 60`.");
    public static readonly DiagnosticDescriptor MissingResponsible = Error("PRC2026",
        "step \"{0}\" does not say who does it; add \"{1}\"", "bước \"{0}\" chưa ghi ai thực hiện; thêm \"{1}\"",
        "A receipt, a unit's step, a posting and the return are each done by one-stop or a unit.");
    public static readonly DiagnosticDescriptor MissingStepDeadline = Warning("PRC2027",
        "step \"{0}\" has no time limit", "bước \"{0}\" chưa có thời hạn",
        "Each step's time limit is printed on the processing control sheet (Circular 01/2018 form 05).");
    public static readonly DiagnosticDescriptor NoCopies = Warning("PRC2028",
        "document \"{0}\" asks for no originals and no copies", "giấy tờ \"{0}\" không yêu cầu bản chính hay bản sao nào",
        "State the number of sets: originals, copies or certified copies.");
    public static readonly DiagnosticDescriptor ClauseNotAllowed = Error("PRC2029",
        "\"{0}\" cannot be used on a \"{1}\" line", "\"{0}\" không dùng được trên dòng \"{1}\"",
        "Forwarding takes \"to\"; a branch takes \"if\"; consultations and routings list their agencies on the lines below.");
    public static readonly DiagnosticDescriptor MissingCondition = Error("PRC2030",
        "branch \"{0}\" has no condition; add \"{1}\" `…`", "bước rẽ nhánh \"{0}\" chưa có điều kiện; thêm \"{1}\" `…`",
        "A branch chooses its yes or no outcome by a condition over the dossier's data.");
    public static readonly DiagnosticDescriptor MissingBranchOutcome = Error("PRC2031",
        "branch \"{0}\" must say where both \"{1}\" and \"{2}\" lead", "bước rẽ nhánh \"{0}\" phải ghi cả \"{1}\" và \"{2}\" dẫn đến đâu",
        "Write one outcome line for each answer under the branch.");
    public static readonly DiagnosticDescriptor DuplicateOutcome = Error("PRC2032",
        "outcome \"{0}\" of step \"{1}\" is given twice", "kết quả \"{0}\" của bước \"{1}\" được ghi hai lần",
        "Each outcome leads to exactly one place.");
    public static readonly DiagnosticDescriptor DuplicateDeclaration = Error("PRC2033",
        "{0} \"{1}\" is declared twice in the catalogue; first at {2}", "{0} \"{1}\" được khai báo hai lần trong danh mục; lần đầu tại {2}",
        "Catalogue entries are shared by all procedures and must be unique.");
    public static readonly DiagnosticDescriptor CatalogueNotFound = Error("PRC2034",
        "the shared catalogue was not found: no agency, document or subject was read; put a \"catalogue\" folder holding agencies.proc, documents.proc and subjects.proc beside this file or in a folder above it",
        "không tìm thấy danh mục dùng chung: chưa đọc được cơ quan, giấy tờ hay đối tượng nào; hãy đặt thư mục \"catalogue\" chứa agencies.proc, documents.proc và subjects.proc cạnh tệp này hoặc ở một thư mục bên trên",
        "Agencies, units, shared documents and subjects are looked up in the shared catalogue; without it none can be checked, so those checks are skipped.");

    // ---- the one-stop rules a procedure may replace with its sector law's own (2050–2054) ----
    public static readonly DiagnosticDescriptor RuleWithoutLaw = Error("PRC2050",
        "\"{0}\" must cite the sector law that sets the rule: the text in quotes is empty",
        "\"{0}\" phải nêu văn bản luật chuyên ngành quy định việc này: chuỗi trong ngoặc kép đang trống",
        "Without the line, the one-stop default applies (Decree 61/2018/NĐ-CP Art. 19 as amended by Decree 107/2021/NĐ-CP); a procedure that departs from it says which law lets it, e.g. \"Nghị định 28/2015/NĐ-CP\" article 17. See dsl/README.md, \"Quy tắc một cửa\".");
    public static readonly DiagnosticDescriptor RuleCitesOneStopDecree = Warning("PRC2051",
        "\"{0}\" is the one-stop decree, whose default this line replaces; cite the sector law that sets its own rule",
        "\"{0}\" là nghị định về cơ chế một cửa, quy định mặc định mà dòng này thay thế; hãy nêu văn bản luật chuyên ngành có quy định riêng",
        "Decrees 61/2018/NĐ-CP, 107/2021/NĐ-CP and 118/2025/NĐ-CP set the one-stop default the engine already applies; only a sector law may set another rule.");
    public static readonly DiagnosticDescriptor RuleNeverApplies = Warning("PRC2052",
        "\"{0}\" never applies: no step asks the applicant to complete the dossier {1}",
        "\"{0}\" không bao giờ được áp dụng: không có bước nào yêu cầu người nộp bổ sung hồ sơ {1}",
        "A request to complete is an outcome \"request completion\" (\"yêu cầu bổ sung\") of a step; the receipt can always give guidance.");
    public static readonly DiagnosticDescriptor RuleLawNotInBasis = Warning("PRC2053",
        "\"{0}\" is not in the procedure's legal basis; add it as a \"{1}\" line",
        "\"{0}\" không có trong căn cứ pháp lý của thủ tục; hãy thêm một dòng \"{1}\"",
        "The law that sets a procedure's own rule is part of its legal basis (Decree 63/2010 Art. 8); the match is on the document's number, e.g. 28/2015/NĐ-CP.");
    // ---- who acts and which agency (language second edition: PRC2055–PRC2069) ----
    public static readonly DiagnosticDescriptor AgencyNeverChosen = Error("PRC2055",
        "agency \"{0}\" is never chosen: the agency line before it has no condition, so it takes every dossier",
        "cơ quan \"{0}\" không bao giờ được chọn: dòng cơ quan đứng trước không có điều kiện nên nhận mọi hồ sơ",
        "At submission the first agency whose condition holds takes the dossier; only the last agency line may go without a condition (the default).");
    public static readonly DiagnosticDescriptor PerformerNotAllowed = Error("PRC2056",
        "a \"{0}\" line cannot name {1} as who does it; only a \"{2}\" line can",
        "dòng \"{0}\" không ghi {1} là người thực hiện được; chỉ dòng \"{2}\" mới ghi được",
        "The receipt, the return, a posting and the notices are the agency's own work; a step the applicant or a party does is a \"step\" (bước) whose outcomes an officer records.");
    public static readonly DiagnosticDescriptor SilenceWithoutLimit = Error("PRC2057",
        "step \"{0}\" takes \"{1}\" when its time limit passes, but it has none; add \"{2}\" and the period",
        "bước \"{0}\" lấy kết quả \"{1}\" khi hết thời hạn nhưng chưa có thời hạn; thêm \"{2}\" và thời hạn",
        "Silence counts as consent after a period: the step needs the period, e.g. within 7 working days.");
    public static readonly DiagnosticDescriptor TransferToItself = Error("PRC2058",
        "step \"{0}\" transfers the dossier to \"{1}\", the agency that already handles it",
        "bước \"{0}\" chuyển hồ sơ đến \"{1}\", chính là cơ quan đang giải quyết hồ sơ",
        "A transfer sends the dossier to another agency: down a level or to another province.");
    public static readonly DiagnosticDescriptor ReceiptInAgencyStarted = Error("PRC2059",
        "a procedure its agency starts itself has no receipt: nobody submits a dossier; begin with the agency's own first step",
        "thủ tục do cơ quan tự khởi xướng không có bước tiếp nhận: không ai nộp hồ sơ; hãy bắt đầu bằng bước đầu tiên của cơ quan",
        "An officer of the executing agency opens the dossier; the steps start with what the agency does first.");
    public static readonly DiagnosticDescriptor NoRecordingUnit = Error("PRC2060",
        "no step before \"{0}\" names a unit to record what {1} did",
        "trước bước \"{0}\" không có bước nào do một đơn vị thực hiện để ghi nhận việc {1} đã làm",
        "The officer of the unit of the step before records what the applicant or a party did; put the step after a step done by a unit.");
    public static readonly DiagnosticDescriptor ReceivingIsExecuting = Warning("PRC2061",
        "\"{0}\" is the executing agency already; a receiving agency is written only when another agency's one-stop office receives",
        "\"{0}\" đã là cơ quan thực hiện; chỉ ghi cơ quan tiếp nhận khi Bộ phận Một cửa của một cơ quan khác tiếp nhận hồ sơ",
        "Leave the line out: the executing agency's one-stop office receives and returns by default.");
    // ---- time (2040–2049) ----
    public static readonly DiagnosticDescriptor AnchorNotEarlier = Error("PRC2040",
        "{0} is counted from step \"{1}\", which does not always come before it", "{0} tính từ bước \"{1}\", nhưng bước này không phải lúc nào cũng đến trước",
        "A time limit counted \"from\" a step needs that step to have ended: it must lie on every path from the receipt to the step (or phase) whose limit it anchors.");
    public static readonly DiagnosticDescriptor DeadlineAnchorNotOnEveryPath = Error("PRC2041",
        "the deadline is counted from step \"{0}\", which not every path to the return passes through", "thời hạn của thủ tục tính từ bước \"{0}\", nhưng không phải đường nào đến bước trả kết quả cũng đi qua bước này",
        "The appointment is set when the anchor step ends, so every dossier that gets its result must pass through that step before the return.");
    public static readonly DiagnosticDescriptor CalendarPeriodNotAllowed = Error("PRC2042",
        "\"{0}\" cannot be used here: months and years are calendar periods, only for an await step's limit, an applicant's window, a result's validity, how recently a document is issued and a silence period; write this time limit in days, working days or hours",
        "không dùng \"{0}\" ở đây được: tháng và năm là thời hạn theo lịch, chỉ dùng cho thời hạn của bước chờ, thời hạn nộp hồ sơ, thời hạn hiệu lực của kết quả, thời hạn cấp giấy tờ và thời gian im lặng; hãy ghi thời hạn này bằng ngày, ngày làm việc hoặc giờ",
        "Processing time limits are counted in working days, calendar days or hours (Decree 61/2018); a month has no fixed number of working days.");
    public static readonly DiagnosticDescriptor PhaseWithoutLimit = Error("PRC2043",
        "phase \"{0}\" has no time limit; add \"{1}\" T", "giai đoạn \"{0}\" chưa có thời hạn; thêm \"{1}\" T",
        "Each phase has its own appointment, counted from its first step (or from the step it names with \"from\").");
    public static readonly DiagnosticDescriptor EmptyPhase = Error("PRC2044",
        "phase \"{0}\" holds no step; a phase line stands before the steps it groups", "giai đoạn \"{0}\" không có bước nào; dòng giai đoạn đặt trước các bước của nó",
        "The steps after a phase line, up to the next phase line, belong to that phase; the first phase also holds the steps before it.");
    public static readonly DiagnosticDescriptor PhaseStepsExceedLimit = Error("PRC2045",
        "the steps of phase \"{0}\" take {1} along \"{2}\", more than the phase's {3}", "các bước của giai đoạn \"{0}\" mất {1} theo đường \"{2}\", quá thời hạn {3} của giai đoạn",
        "Shorten a step of the phase or correct the phase's time limit; units are converted as for the procedure's deadline (PRC2012).");
    public static readonly DiagnosticDescriptor PhasesExceedDeadline = Error("PRC2046",
        "the phases not counted from a step take {0} together, more than the procedure's {1}", "các giai đoạn không tính từ một bước có tổng thời hạn {0}, quá thời hạn {1} của thủ tục",
        "With phases, the procedure's deadline is the total of the phases that run from their own start; a phase counted from a step runs from that step's end.");
    public static readonly DiagnosticDescriptor OutcomeLimitNotAllowed = Error("PRC2047",
        "outcome \"{0}\" cannot have a time limit of its own: only the outcomes of a \"{1}\" or an \"{2}\" step can", "kết quả \"{0}\" không có thời hạn riêng được: chỉ kết quả của dòng \"{1}\" hoặc \"{2}\" mới có",
        "An outcome's limit says by when an officer must take that outcome, counted from the step's start.");
    public static readonly DiagnosticDescriptor OutcomeLimitNotShorter = Warning("PRC2048",
        "the limit of outcome \"{0}\" ({1}) is not shorter than its step's ({2}); it says nothing the step does not", "thời hạn của kết quả \"{0}\" ({1}) không ngắn hơn thời hạn của bước ({2}); ghi thêm cũng không có ý nghĩa",
        "An outcome's own limit is for an outcome that must come sooner than the step's end, such as a request to complete within 3 working days.");
    public static readonly DiagnosticDescriptor NotAwaitedParty = Error("PRC2049",
        "\"{0}\" cannot be named by step \"{1}\": {2}", "bước \"{1}\" không ghi \"{0}\" được: {2}",
        "An await step (\"await\", \"chờ\") waits on someone outside the agency: another agency of the catalogue, or the applicant.");

    // ---- requirements, results, documents, fees and windows (2070–2089) ----
    public static readonly DiagnosticDescriptor WindowFieldUnknown = Error("PRC2070",
        "an applicant's window counts from a date of the dossier's data; \"{0}\" is not a field of it{1}",
        "hạn nộp tính từ một ngày trong dữ liệu hồ sơ; \"{0}\" không phải trường dữ liệu của hồ sơ{1}",
        "Write the name of a \"date\" (\"ngày tháng\") field of the data block between the backticks, e.g. apply within 3 months of `ContractEndDate`.");
    public static readonly DiagnosticDescriptor WindowFieldNotDate = Error("PRC2071",
        "an applicant's window counts from a date; \"{0}\" is {1}, not a date",
        "hạn nộp tính từ một ngày; \"{0}\" là {1}, không phải ngày tháng",
        "Declare the field as \"date\" (\"ngày tháng\") in the data block, or count the window from another field.");
    public static readonly DiagnosticDescriptor PeriodUnitNotAllowed = Error("PRC2072",
        "{0} is not counted in {1}; count it in {2}", "{0} không tính bằng {1}; hãy tính bằng {2}",
        "An applicant's window is counted in working days, days, months or years; a result's validity and how recently a document is issued in days, months or years.");
    public static readonly DiagnosticDescriptor FeesTwoWays = Error("PRC2073",
        "fees are given both on \"{0}\" lines and on channel \"{1}\"; give them on \"{0}\" lines only or on the channels only",
        "phí vừa ghi ở dòng \"{0}\" vừa ghi ở cách thức \"{1}\"; chỉ ghi ở các dòng \"{0}\" hoặc chỉ ghi ở các cách thức",
        "A procedure whose fee depends on the case states it on fee lines, each with its condition; a procedure whose fee depends on the channel states it on the channel lines.");
    public static readonly DiagnosticDescriptor LookedUpWithCopies = Error("PRC2074",
        "document \"{0}\" is looked up in \"{1}\": the applicant hands in no copy of it, so it takes no number of originals or copies",
        "giấy tờ \"{0}\" do cơ quan tra cứu tại \"{1}\": người nộp không nộp bản nào, nên không ghi số bản chính, bản sao",
        "A document the agency looks up in a national database is not submitted; remove its counts, or the look-up if the applicant does hand it in.");
    public static readonly DiagnosticDescriptor LinkedProcedureNotHere = Warning("PRC2075",
        "procedure {0} is not in this folder, so its name cannot be shown", "thủ tục {0} không có trong thư mục này nên không hiện được tên",
        "Check the code against the national database; the catalogue shows the linked procedure's name when its file is checked with this one.");
    public static readonly DiagnosticDescriptor ChoiceTooFew = Error("PRC2076",
        "\"{0}\" \"{1}\" needs at least two documents indented under it; it has {2}",
        "\"{0}\" \"{1}\" cần ít nhất hai giấy tờ thụt lề bên dưới; mới có {2}",
        "The documents indented under a \"one of\" line are the alternatives the applicant chooses from.");
    public static readonly DiagnosticDescriptor WindowInAgencyStarted = Error("PRC2077",
        "a procedure its agency starts itself has no applicant, so it has no applicant's window",
        "thủ tục do cơ quan tự khởi xướng không có người nộp nên không có hạn nộp",
        "An applicant's window is checked when a dossier is submitted; a dossier the agency opens itself is not submitted.");
    public static readonly DiagnosticDescriptor PaymentPhaseUnknown = Error("PRC2078",
        "payment \"{0}\" is made in phase \"{1}\", but the steps have no such phase",
        "khoản chi trả \"{0}\" gắn với giai đoạn \"{1}\" nhưng trình tự không có giai đoạn này",
        "A payment's phase is the id of a \"phase\" line in the steps; write the id as the phase line does, or leave the phase out.");

    // ---- the dossier's data (21xx) ----
    public static readonly DiagnosticDescriptor InvalidFieldName = Error("PRC2101",
        "\"{0}\" cannot name a data field: write one word of letters, digits and _, starting with a letter, e.g. NgàySinh",
        "\"{0}\" không dùng làm tên trường dữ liệu được: viết liền một từ gồm chữ, số và dấu _, bắt đầu bằng chữ, ví dụ NgàySinh",
        "Conditions read a field by its name, so the name follows C#'s rules: no spaces, no punctuation, not a C# keyword.");
    public static readonly DiagnosticDescriptor UnknownFieldSet = Error("PRC2102",
        "unknown field set \"{0}\"{1}", "không có nhóm dữ liệu \"{0}\"{1}",
        "Field sets are declared in the shared catalogue with \"field set\" (\"nhóm dữ liệu\").");
    public static readonly DiagnosticDescriptor FieldNameReservedByElsa = Error("PRC2103",
        "\"{0}\" cannot name a data field: Elsa's C# already uses the name {0}, so no condition of the workflow exported to Elsa would compile; choose another name",
        "\"{0}\" không dùng làm tên trường dữ liệu được: C# của Elsa đã dùng tên {0}, nên không điều kiện nào của quy trình xuất sang Elsa biên dịch được; hãy đặt tên khác",
        "Elsa gives conditions each workflow input as Input.<name>, a property of a class whose own members are Get and ExecutionContext; see dsl/README.md, section 11.");

    // ---- conditions (22xx), located inside the backticks ----
    public static readonly DiagnosticDescriptor ConditionSyntax = Error("PRC2201",
        "the condition is not valid C#: {0}", "điều kiện không đúng cú pháp C#: {0}",
        "A condition is one C# expression, e.g. `Tuổi >= 60 && GiớiTính == \"nữ\"`; see dsl/README.md.");
    public static readonly DiagnosticDescriptor ConditionNotOneExpression = Error("PRC2202",
        "a condition is one C# expression; \"{0}\" cannot follow it (join conditions with && or ||)",
        "điều kiện chỉ là một biểu thức C#; không viết tiếp \"{0}\" được (nối các điều kiện bằng && hoặc ||)",
        "Statements, several expressions and line breaks have no place in a condition.");
    public static readonly DiagnosticDescriptor ConditionTooComplex = Error("PRC2203",
        "the condition is too long or too deeply nested (at most {0} characters and {1} levels of brackets)",
        "điều kiện quá dài hoặc lồng quá sâu (tối đa {0} ký tự và {1} lớp ngoặc)",
        "Split a long rule into cases, or name an intermediate fact as a data field.");
    public static readonly DiagnosticDescriptor UnknownDataField = Error("PRC2204",
        "\"{0}\" is not a field of the dossier's data{1}", "\"{0}\" không phải trường dữ liệu của hồ sơ{1}",
        "Every name a condition reads is declared in the procedure's \"data\" (\"dữ liệu\") block.");
    public static readonly DiagnosticDescriptor ConditionOperandMismatch = Error("PRC2205",
        "\"{0}\" cannot be used between {1} and {2}", "không dùng \"{0}\" giữa {1} và {2} được",
        "Compare values of the same kind: numbers with numbers, text with text in quotes, dates with dates.");
    public static readonly DiagnosticDescriptor ConditionTypeMismatch = Error("PRC2206",
        "values of kinds that do not go together: {0}", "các giá trị không cùng loại: {0}",
        "Compare values of the same kind: numbers with numbers, text with text in quotes, dates with dates.");
    public static readonly DiagnosticDescriptor ConditionNotYesNo = Error("PRC2207",
        "the condition gives {0}, not yes or no; compare it with something", "điều kiện cho ra {0}, không phải có hoặc không; hãy so sánh nó với một giá trị",
        "A condition decides: it must be true or false, e.g. `Tuổi >= 60` rather than `Tuổi`.");
    public static readonly DiagnosticDescriptor ConditionMaybeNull = Error("PRC2212",
        "the condition has no value when an optional field is not given; write \"{0} == true\"",
        "điều kiện không có giá trị khi trường không bắt buộc chưa được khai; hãy viết \"{0} == true\"",
        "An optional field may be left empty; say what an empty field means by comparing it.");
    public static readonly DiagnosticDescriptor ConditionConstructNotAllowed = Error("PRC2208",
        "{0} is not allowed in a condition", "điều kiện không được dùng {0}",
        "Conditions use literals, the dossier's data fields, operators and the members listed in dsl/README.md.");
    public static readonly DiagnosticDescriptor ConditionMemberNotAllowed = Error("PRC2209",
        "\"{0}\" is not allowed in a condition; only the dossier's data fields and the members listed in dsl/README.md are",
        "điều kiện không được dùng \"{0}\"; chỉ dùng các trường dữ liệu của hồ sơ và các thành phần liệt kê trong dsl/README.md",
        "The list keeps conditions from reaching files, the network or anything outside the dossier.");
    public static readonly DiagnosticDescriptor ConditionDirective = Error("PRC2210",
        "directives (#r, #load, #define …) are not allowed in a condition", "điều kiện không được chứa chỉ thị (#r, #load, #define …)",
        "A condition is an expression over the dossier's data and nothing else.");
    public static readonly DiagnosticDescriptor ConditionDoesNotCompile = Error("PRC2211",
        "the condition does not compile: {0}", "điều kiện không biên dịch được: {0}",
        "Check the names and values against the data block.");
    public static readonly DiagnosticDescriptor ConditionNotForElsa = Error("PRC2213",
        "the workflow exported to Elsa cannot read \"{0}\": Elsa's C# reads only fields named with letters and digits; rename the field, e.g. {1}",
        "quy trình xuất sang Elsa không đọc được \"{0}\": C# của Elsa chỉ đọc các trường có tên gồm chữ và số; hãy đổi tên trường, ví dụ {1}",
        "A branch runs in Elsa as C# over Input.<field>, and Elsa declares Input.<field> only for a name of letters and digits (no _); see dsl/README.md, section 11.");

    // ---- compiling to a workflow ----
    public static readonly DiagnosticDescriptor ActivityIdClash = Error("PRC3001",
        "steps \"{0}\" and \"{1}\" would share the workflow id \"{2}\"; rename one", "bước \"{0}\" và \"{1}\" sẽ trùng mã quy trình \"{2}\"; hãy đổi tên một bước",
        "Workflow ids are the step ids without diacritics or punctuation, so that running dossiers can move to a new version.");
    public static readonly DiagnosticDescriptor InvalidWorkflow = Error("PRC3002",
        "procedure {0} compiles to an invalid workflow: {1}", "thủ tục {0} biên dịch ra quy trình không hợp lệ: {1}",
        "This is a fault of the compiler, not of the file; report it with the file attached.");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = typeof(DiagnosticCatalogue)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .OrderBy(d => d.Code, StringComparer.Ordinal)
        .ToArray();
}
