using Procedures.Language;
using Procedures.Language.Text;
using Procedures.Workflows;
using Procedures.Workflows.Versioning;

namespace Procedures.Compiler.Tests.Elsa;

/// <summary>Small procedures, written here, that between them have every kind of step the Elsa export maps.</summary>
static class ElsaFixtures
{
    /// <summary>
    /// A receipt, a unit's decision with a completion request and a refusal, a branch on the dossier's data, a
    /// consultation of two agencies, a routing slip of two stops, a forwarding, a posting whose complaint goes back to
    /// the appraisal, a unit's step with one way out and the return.
    /// </summary>
    public const string EveryKind = """
        # language: en
        procedure 1.999001 "Thủ tục mẫu"
          field "Việc làm"
          level province
          agency "Sở Nội vụ"
          applicants ĐT1
          basis "38/2013/QH13" "Luật Việc làm" article 46
          effective 2025-01-01
          deadline 60 working days
          channel in-person within 60 working days fee 0
          result "Quyết định"

        data
          Age "Tuổi" whole number
          Salary "Tiền lương" money optional help "Theo hợp đồng"
          BirthDate "Ngày sinh" date
          Kinds "Loại" list of "a", "b" optional

        documents
          request "Đơn đề nghị" form "Mẫu số 01" 1 original
          case "Người cao tuổi" when `Age >= 60`
            "Sổ bảo hiểm xã hội" 1 copy

        steps
          receive tiep-nhan "Tiếp nhận hồ sơ" by one-stop within 0.5 working days
          step tham-dinh "Thẩm định hồ sơ" by "Phòng Lao động - Việc làm" within 10 working days
            du -> kiem-tra
            thieu -> request completion
            khong-du -> refuse
          branch kiem-tra "Đủ tuổi?" if `Age >= 60 && Salary > 0`
            yes -> y-kien
            no -> luan-chuyen
          consult y-kien "Lấy ý kiến"
            with "Sở Tư pháp" within 3 working days
            with "Sở Tài chính" within 2 working days
          route luan-chuyen "Luân chuyển hồ sơ"
            to "Sở Tư pháp" "Thẩm định" within 3 working days
            to "Công an tỉnh" within 2 working days
          forward len-bo "Chuyển Bộ Nội vụ" to "Bộ Nội vụ" within 10 working days
          post niem-yet "Niêm yết công khai" by "Phòng Lao động - Việc làm" within 2 working days
            complaint -> tham-dinh
          step ky "Ký quyết định" by "Lãnh đạo Sở Nội vụ" within 1 working day
          return tra-ket-qua "Trả kết quả" by one-stop

        """;

    /// <summary>
    /// The steps and agencies of the second edition: agencies chosen by condition, a receiving office, a unit's step that
    /// consents by silence or returns the dossier for amendment, a step the applicant does and one a party does, a
    /// notice and a transfer.
    /// </summary>
    public const string StepsAndAgencies = """
        # language: en
        procedure 1.999003 "Đăng ký mẫu"
          field "Lao động - Tiền lương"
          level province
          agency "Bộ Nội vụ" when `Scope == "liên tỉnh"`
          agency "Sở Nội vụ"
          receiving agency "Ủy ban nhân dân cấp xã"
          applicants ĐT2
          basis "45/2019/QH14" "Bộ luật Lao động" article 119
          effective 2025-01-01
          deadline 10 working days
          channel in-person within 10 working days fee 0
          result "Thông báo đăng ký"

        data
          Scope "Phạm vi" one of "trong tỉnh", "liên tỉnh"

        documents
          request "Văn bản đề nghị" 1 original

        steps
          receive tiep-nhan "Tiếp nhận hồ sơ" by one-stop within 0.5 working days
          step xem-xet "Xem xét hồ sơ" by "Phòng Lao động - Việc làm" within 5 working days
            silence -> gui-bhxh
            can-sua -> sua-doi
            trai-luat -> return dossier
          step sua-doi "Người nộp sửa đổi nội quy" by applicant within 15 working days
            da-sua -> y-kien
          step y-kien "Lấy ý kiến công đoàn" by party "Tổ chức đại diện người lao động" within 1 working day
          notify gui-bhxh "Gửi thông báo cho bảo hiểm xã hội" to "Bảo hiểm xã hội tỉnh"
          transfer chuyen-xa "Chuyển hồ sơ về xã" to "Ủy ban nhân dân cấp xã" within 2 working days
          return tra-ket-qua "Trả kết quả" by one-stop

        """;

    static readonly Lazy<WorkflowDefinition> stepsAndAgencies = new(() => Published(StepsAndAgencies));

    /// <summary><see cref="StepsAndAgencies"/> compiled and published as version 1.</summary>
    public static WorkflowDefinition StepsAndAgenciesDefinition => stepsAndAgencies.Value;

    /// <summary><see cref="EveryKind"/> with one agency consulted and a posting nobody may complain about.</summary>
    public static string Simpler => EveryKind
        .Replace("    with \"Sở Tài chính\" within 2 working days\n", "", StringComparison.Ordinal)
        .Replace("    complaint -> tham-dinh\n", "", StringComparison.Ordinal);

    static readonly Lazy<WorkflowDefinition> everyKind = new(() => Published(EveryKind));

    /// <summary><see cref="EveryKind"/> compiled and published as version 1.</summary>
    public static WorkflowDefinition EveryKindDefinition => everyKind.Value;

    /// <summary>A procedure's text compiled with the fixture catalogues; it must compile clean.</summary>
    public static WorkflowDefinition Compile(string text)
    {
        var compilation = Compilation.Create(Fixtures.Catalogue().Append(new SourceFile("test.proc", text)));
        Assert.Empty(compilation.Diagnostics.Select(d => d.ToString()));
        var compiled = Assert.Single(ProcedureCompiler.CompileAll(compilation));
        Assert.Empty(compiled.Diagnostics.Select(d => d.ToString()));
        return compiled.Definition!;
    }

    public static WorkflowDefinition Published(string text) => new DefinitionStore().Publish(Compile(text)).Definition;

    /// <summary>The Elsa export samples (written by Elsa's own exporter) under tests/Fixtures/elsa, by file name.</summary>
    public static IReadOnlyDictionary<string, ExportedWorkflow> Samples { get; } =
        Directory.EnumerateFiles(Path.Combine(RepositoryFiles.Root, "tests", "Fixtures", "elsa"), "*.json")
            .Order(StringComparer.Ordinal)
            .ToDictionary(f => Path.GetFileName(f), f => new ExportedWorkflow(File.ReadAllText(f)));
}
