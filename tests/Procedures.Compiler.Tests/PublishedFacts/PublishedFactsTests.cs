using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using Procedures.Calendar;
using Procedures.Elsa;
using Procedures.Expressions;
using Procedures.Language;
using Procedures.Language.Text;
using Procedures.Runtime;
using Procedures.Runtime.Conditions;
using Procedures.Runtime.Data;
using Procedures.Runtime.Messages;
using Procedures.Runtime.Simulation;
using Procedures.Workflows;
using Procedures.Workflows.Facts;
using Procedures.Workflows.Rendering;
using Procedures.Workflows.Versioning;

namespace Procedures.Compiler.Tests.PublishedFacts;

/// <summary>
/// A procedure written with the facts of the second edition, from the file to the dossier: what the compiler gives the
/// model, what reviewers read and Elsa receives (snapshots beside this file), and what a submission meets on the fixture
/// calendar — its window, its checked requirement, its fee by case and its checklist with a choice and a looked-up row.
/// </summary>
public sealed class PublishedFactsTests : IDisposable
{
    const string Text = """
        # language: vi
        thủ tục 1.001978 "Giải quyết hưởng trợ cấp thất nghiệp"
          lĩnh vực "Việc làm"
          cấp tỉnh
          cơ quan "Trung tâm Dịch vụ việc làm"
          đối tượng thực hiện ĐT1
          căn cứ "38/2013/QH13" "Luật Việc làm" điều 46
          thời hạn 20 ngày làm việc
          cách thức trực tiếp trong 20 ngày làm việc
          cách thức bưu chính trong 20 ngày làm việc
          phí 20000 "Phí thẩm định" khi `SốNgườiLaoĐộng > 10`
          phí 50000 "Lệ phí cấp giấy chứng nhận"
          kết quả "Quyết định hưởng trợ cấp thất nghiệp" mẫu "Mẫu số 05" có giá trị 12 tháng
          kết quả "Thẻ bảo hiểm y tế" thủ tục 1.000362
          kết quả từ chối "Thông báo về việc không được hưởng trợ cấp thất nghiệp" mẫu "Mẫu số 07"
          chi trả "Trợ cấp thất nghiệp hằng tháng" "60% mức bình quân tiền lương tháng đóng bảo hiểm thất nghiệp"
          chi trả "Hỗ trợ học nghề" 1500000 khi `SốNgườiLaoĐộng < 40`
          hạn nộp trong 3 tháng kể từ `NgàyChấmDứt`
          nghĩa vụ "Thông báo về việc tìm kiếm việc làm hằng tháng" thủ tục 1.000362

        dữ liệu
          NgàyChấmDứt "Ngày chấm dứt hợp đồng lao động" ngày tháng
          SốThángĐóng "Số tháng đóng bảo hiểm thất nghiệp trong 24 tháng trước đó" số nguyên
          SốNgườiLaoĐộng "Số người lao động" số nguyên

        yêu cầu
          "Đã đóng bảo hiểm thất nghiệp từ đủ 12 tháng trong 24 tháng trước khi chấm dứt hợp đồng" kiểm tra `SốThángĐóng >= 12`
          "Chưa tìm được việc làm sau 15 ngày kể từ ngày nộp hồ sơ"

        thành phần hồ sơ
          don-de-nghi "Đề nghị hưởng trợ cấp thất nghiệp" mẫu "Mẫu số 03" 1 bản chính
          một trong cham-dut "Giấy tờ xác nhận việc chấm dứt hợp đồng lao động"
            quyet-dinh "Quyết định thôi việc" 1 bản sao chứng thực
            thong-bao "Thông báo chấm dứt hợp đồng lao động" 1 bản sao nhận bản điện tử
          cu-tru "Thông tin về cư trú" tra cứu "Cơ sở dữ liệu quốc gia về dân cư"
          giay-khai-sinh "Giấy khai sinh" 1 bản sao của "con dưới 6 tuổi của người lao động" cấp trong 6 tháng hợp pháp hóa lãnh sự dịch có chứng thực

        trình tự
          tiếp nhận tiep-nhan "Tiếp nhận hồ sơ" do một cửa trong 0.5 ngày làm việc
          bước tham-dinh "Thẩm định hồ sơ" do "Phòng Bảo hiểm thất nghiệp" trong 15 ngày làm việc
            du -> tra-ket-qua
            khong-du-dieu-kien -> từ chối
          trả kết quả tra-ket-qua "Trả Quyết định hưởng trợ cấp thất nghiệp" do một cửa
        """;

    static readonly Lazy<WorkflowDefinition> Definition = new(() =>
    {
        var compilation = Compilation.Create(Fixtures.Catalogue().Append(new SourceFile("test.proc", Text.Replace("\r\n", "\n"))));
        // The result and the duty name 1.000362, which this compilation does not hold: a warning only.
        Assert.All(compilation.Diagnostics, d => Assert.Equal("PRC2075", d.Code));
        return new DefinitionStore().Publish(ProcedureCompiler.CompileAll(compilation).Single().Definition!).Definition;
    });

    readonly CompiledConditionEvaluator conditions = new(new ConditionCache());

    [Fact]
    public void The_compiled_facts_carry_every_published_fact()
    {
        var facts = Definition.Value.Facts;

        Assert.Equal("Quyết định hưởng trợ cấp thất nghiệp", facts.Result);
        Assert.Equal(
            [new ResultDocument("Quyết định hưởng trợ cấp thất nghiệp", "Mẫu số 05", TimeLimit.Months(12)), new ResultDocument("Thẻ bảo hiểm y tế", ProcedureCode: "1.000362")],
            facts.Results);
        Assert.Equal(new RefusalResult("Thông báo về việc không được hưởng trợ cấp thất nghiệp", "Mẫu số 07"), facts.RefusalResult);
        Assert.Equal([new ApplicantWindow(ApplicantWindowKind.Within, TimeLimit.Months(3), "NgàyChấmDứt")], facts.ApplicantWindows);
        Assert.Equal([new FeeLine(20000, "Phí thẩm định", "SốNgườiLaoĐộng > 10"), new FeeLine(50000, "Lệ phí cấp giấy chứng nhận")], facts.FeeLines);
        Assert.Equal("60% mức bình quân tiền lương tháng đóng bảo hiểm thất nghiệp", facts.Payments[0].AmountText);
        Assert.Equal(1500000m, facts.Payments[1].Amount);
        Assert.Equal([new Duty("Thông báo về việc tìm kiếm việc làm hằng tháng", "1.000362")], facts.Duties);
        Assert.Equal("SốThángĐóng >= 12", facts.Requirements[0].Condition);
        Assert.Null(facts.Requirements[1].Condition);

        var documents = facts.Documents.Common;
        Assert.Equal(["quyet-dinh", "thong-bao"], documents[1].Alternatives.Select(d => d.Id));
        Assert.True(documents[1].Alternatives[1].ElectronicAccepted);
        Assert.Equal("Cơ sở dữ liệu quốc gia về dân cư", documents[2].LookedUpIn);
        Assert.Equal(0, documents[2].Originals + documents[2].Copies + documents[2].CertifiedCopies);
        var birth = documents[3];
        Assert.Equal((TimeLimit.Months(6), true, true, "con dưới 6 tuổi của người lao động"),
            (birth.IssuedWithin, birth.ConsularLegalisation, birth.CertifiedTranslation, birth.About));
    }

    [Fact]
    public void Reviewers_read_the_facts_and_Elsa_receives_them_in_custom_properties()
    {
        Snapshot.Verify(DefinitionTextRenderer.Render(Definition.Value), "published-facts", "md");
        var export = JsonNode.Parse(ElsaExporter.Export(Definition.Value, ElsaProfile.Builtins))!;
        var procedures = export["customProperties"]!["procedures"]!.AsObject();
        Assert.Equal(["code", "field", "executingAgency", "agencyCode", "timeLimit", "result", "contentHash", "events", "trigger",
            "results", "refusalResult", "requirements", "applicantWindows", "fees", "payments", "duties"], procedures.Select(p => p.Key));
        procedures.Remove("contentHash"); // changes with every change of the model, not of this procedure
        var receipt = export["root"]!["activities"]!.AsArray().Single(a => (string?)a!["id"] == "tiep-nhan")!;
        var carried = new JsonObject
        {
            ["procedures"] = procedures.DeepClone(),
            ["receiptDocuments"] = receipt["customProperties"]!["procedures"]!["documents"]!.DeepClone(),
        };
        Snapshot.Verify(carried.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }),
            "published-facts.elsa", "json");
    }

    /// <summary>A postal submission; the procedure has a receipt step, so the dossier is numbered later, at the receipt.</summary>
    RunResult Submit(string filed, params (string Field, object Value)[] data)
    {
        var at = NodaTime.LocalDateTime.FromDateTime(DateTime.Parse(filed, System.Globalization.CultureInfo.InvariantCulture));
        var runtime = new DossierRuntime(FixtureProcedures.Calendar, new ManualClock(VietnamTime.ToInstant(at).ToDateTimeOffset()), conditions);
        var values = data.ToImmutableSortedDictionary(d => d.Field, d => JsonSerializer.SerializeToElement(d.Value), StringComparer.Ordinal);
        return runtime.Start(Definition.Value, new StartRequest("HS-1", null, ChannelKind.Postal, values, VietnamTime.ToInstant(at)));
    }

    [Fact]
    public void A_dossier_filed_after_its_window_is_refused_with_the_last_day_the_calendar_allowed()
    {
        // Three months after 2025-11-30 is Saturday 2026-02-28; the period runs to Monday 2026-03-02 (Civil Code Art. 148).
        var inTime = Submit("2026-03-02T16:00", ("NgàyChấmDứt", "2025-11-30"), ("SốThángĐóng", 14), ("SốNgườiLaoĐộng", 5));
        var late = Submit("2026-03-03T08:00", ("NgàyChấmDứt", "2025-11-30"), ("SốThángĐóng", 14), ("SốNgườiLaoĐộng", 5));

        Assert.True(inTime.Accepted, inTime.Reason);
        Assert.Equal("hồ sơ nộp ngày 2026-03-03, quá hạn nộp: nộp trong 3 tháng kể từ Ngày chấm dứt hợp đồng lao động (2025-11-30), chậm nhất ngày 2026-03-02",
            late.Message(MessageLanguage.Vietnamese));
    }

    [Fact]
    public void A_dossier_that_does_not_meet_a_checked_requirement_is_refused_with_its_text()
    {
        var refused = Submit("2026-03-02T09:00", ("NgàyChấmDứt", "2026-02-10"), ("SốThángĐóng", 9), ("SốNgườiLaoĐộng", 5));

        Assert.Equal("PRC5143", refused.Refusal!.Code);
        Assert.Equal("the dossier does not meet the requirement \"Đã đóng bảo hiểm thất nghiệp từ đủ 12 tháng trong 24 tháng trước khi chấm dứt hợp đồng\" (SốThángĐóng >= 12 · SốThángĐóng = 9)",
            refused.Message(MessageLanguage.English));
    }

    [Fact]
    public void An_accepted_dossier_has_its_fees_its_requirements_to_check_and_its_checklist()
    {
        var dossier = Submit("2026-03-02T09:00", ("NgàyChấmDứt", "2026-02-10"), ("SốThángĐóng", 14), ("SốNgườiLaoĐộng", 25)).Instance!;

        Assert.Equal([new FeeCharge("Phí thẩm định", 20000), new FeeCharge("Lệ phí cấp giấy chứng nhận", 50000)], dossier.Fees);
        Assert.Equal([true, false], dossier.Requirements.Select(r => r.Met));
        Assert.Equal(["don-de-nghi", "cham-dut", "cu-tru", "giay-khai-sinh"], dossier.Checklist.Select(c => c.DocumentId));
        Assert.Equal(["quyet-dinh", "thong-bao"], dossier.Checklist[1].Alternatives.Select(c => c.DocumentId));
        Assert.Equal("Cơ sở dữ liệu quốc gia về dân cư", dossier.Checklist[2].LookedUpIn);
    }

    public void Dispose() => conditions.Dispose();
}
