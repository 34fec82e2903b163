namespace Procedures.Forms.Tests;

/// <summary>
/// Each form of Circular 01/2018 for fixture dossiers run on the fake clock, as the HTML a host serves, compared with its
/// committed snapshot (<c>Snapshots/*.verified.html</c>; open one in a browser to see the printed form).
/// </summary>
public sealed class FormSnapshotTests
{
    readonly OneStopForms forms = new();

    [Fact]
    public async Task Form_01_the_receipt_gives_the_applicant_the_documents_the_time_limit_and_the_appointment_set_again_after_completion()
    {
        var (office, dossier) = Dossiers.Apologised();

        var result = await forms.RenderAsync(FormNumber.Receipt, office.Definition, dossier);

        Snapshot.Verify(Html(result), "mau-01-giay-tiep-nhan", "html");
    }

    [Fact]
    public async Task Form_01_of_a_dossier_in_appraisal_gives_the_appointment_of_its_receipt()
    {
        var (office, dossier) = Dossiers.InAppraisal();

        var result = await forms.RenderAsync(FormNumber.Receipt, office.Definition, dossier);

        Snapshot.Verify(Html(result), "mau-01-giay-tiep-nhan-dang-tham-dinh", "html");
    }

    [Fact]
    public async Task Form_02_during_appraisal_names_what_to_complete_and_who_asked()
    {
        var (office, dossier) = Dossiers.Apologised();

        var result = await forms.RenderAsync(FormNumber.CompletionRequest, office.Definition, dossier);

        Snapshot.Verify(Html(result), "mau-02-yeu-cau-bo-sung", "html");
    }

    [Fact]
    public async Task Form_02_at_receipt_is_the_one_stop_units_guidance()
    {
        var (office, dossier) = Dossiers.IncompleteAtReceipt();

        var result = await forms.RenderAsync(FormNumber.CompletionRequest, office.Definition, dossier);

        Snapshot.Verify(Html(result), "mau-02-yeu-cau-bo-sung-khi-tiep-nhan", "html");
    }

    [Fact]
    public async Task Form_03_at_receipt_refuses_to_receive_with_the_reasons_and_the_legal_basis()
    {
        var (office, dossier) = Dossiers.RefusedAtReceipt();

        var result = await forms.RenderAsync(FormNumber.Refusal, office.Definition, dossier);

        Snapshot.Verify(Html(result), "mau-03-tu-choi-tiep-nhan", "html");
    }

    [Fact]
    public async Task Form_03_after_appraisal_refuses_to_resolve_signed_by_the_head_of_the_agency()
    {
        var (office, dossier) = Dossiers.RefusedAfterAppraisal();

        var result = await forms.RenderAsync(FormNumber.Refusal, office.Definition, dossier);

        Snapshot.Verify(Html(result), "mau-03-tu-choi-giai-quyet", "html");
    }

    [Fact]
    public async Task Form_04_apologises_with_the_reason_the_old_and_the_new_date()
    {
        var (office, dossier) = Dossiers.Apologised();

        var result = await forms.RenderAsync(FormNumber.Apology, office.Definition, dossier);

        Snapshot.Verify(Html(result), "mau-04-xin-loi", "html");
    }

    [Fact]
    public async Task Form_05_lists_every_hand_over_with_its_times_and_marks_the_late_appraisal()
    {
        var (office, dossier) = Dossiers.Apologised();

        var result = await forms.RenderAsync(FormNumber.ControlSheet, office.Definition, dossier);

        Snapshot.Verify(Html(result), "mau-05-phieu-kiem-soat", "html");
    }

    [Fact]
    public async Task Form_05_of_a_refused_dossier_shows_the_refusal_and_the_letter_returned()
    {
        var (office, dossier) = Dossiers.RefusedAfterAppraisal();

        var result = await forms.RenderAsync(FormNumber.ControlSheet, office.Definition, dossier);

        Snapshot.Verify(Html(result), "mau-05-phieu-kiem-soat-tu-choi", "html");
    }

    [Fact]
    public async Task Form_06_registers_the_dossiers_the_agency_received_in_the_period_in_order()
    {
        var lines = new[] { Dossiers.Apologised(), Dossiers.RefusedAfterAppraisal(), Dossiers.InAppraisal() }
            .Select(d => new RegisterLine(d.Dossier, d.Office.Definition)).ToList();

        var result = await forms.RenderRegisterAsync(new RegisterPage("000.19.30.H00", null, new(2026, 3, 1), new(2026, 3, 31), lines));

        Snapshot.Verify(Html(result), "mau-06-so-theo-doi", "html");
    }

    [Fact]
    public async Task A_refused_dossier_s_forms_name_the_refusal_result_never_the_positive_result()
    {
        var unemployment = Office.Unemployment;
        var definition = Workflows.WorkflowDefinition.Create(
            unemployment.Facts with { RefusalResult = new("Thông báo về việc không được hưởng trợ cấp thất nghiệp", "Mẫu số 07") },
            unemployment.Root with
            {
                Activities = [.. unemployment.Root.Activities.Select(a => a is Workflows.Activities.ReturnResultActivity r
                    ? r with { Name = "Trả Quyết định hưởng trợ cấp thất nghiệp" } : a)],
            });
        var (office, dossier) = Dossiers.RefusedAfterAppraisal(definition);

        var sheet = Html(await forms.RenderAsync(FormNumber.ControlSheet, office.Definition, dossier));
        var letter = Html(await forms.RenderAsync(FormNumber.Refusal, office.Definition, dossier));

        Assert.Contains("<td>Bộ phận Một cửa<br>Trả Thông báo về việc không được hưởng trợ cấp thất nghiệp</td>", sheet);
        Assert.Contains("<p>Kết quả trả cho người nộp hồ sơ: Thông báo về việc không được hưởng trợ cấp thất nghiệp (Mẫu số 07)</p>", letter);
        Assert.DoesNotContain("Quyết định hưởng trợ cấp thất nghiệp", sheet);
        Assert.DoesNotContain("Quyết định hưởng trợ cấp thất nghiệp", letter);
    }

    [Fact]
    public async Task Form_01_lists_a_one_of_line_with_its_alternatives_and_the_documents_the_officer_looks_up()
    {
        var unemployment = Office.Unemployment;
        var documents = new Workflows.Facts.DocumentChecklist(
            [
                unemployment.Facts.Documents.Common[0],
                new Workflows.Facts.RequiredDocument("cham-dut", "Giấy tờ xác nhận chấm dứt hợp đồng lao động")
                {
                    Alternatives =
                    [
                        new Workflows.Facts.RequiredDocument("quyet-dinh-thoi-viec", "Quyết định thôi việc", CertifiedCopies: 1),
                        new Workflows.Facts.RequiredDocument("thong-bao-cham-dut", "Thông báo chấm dứt hợp đồng lao động", Copies: 1) { ElectronicAccepted = true },
                    ],
                },
                new Workflows.Facts.RequiredDocument("cu-tru", "Thông tin về cư trú") { LookedUpIn = "Cơ sở dữ liệu quốc gia về dân cư" },
                new Workflows.Facts.RequiredDocument("khai-sinh-con", "Giấy khai sinh", Copies: 1) { About = "con dưới 6 tuổi của người lao động" },
            ], []);
        var definition = Workflows.WorkflowDefinition.Create(unemployment.Facts with { Documents = documents }, unemployment.Root);
        var (office, dossier) = Dossiers.InAppraisal(definition);

        var result = await forms.RenderAsync(FormNumber.Receipt, office.Definition, dossier);

        Snapshot.Verify(Html(result), "mau-01-giay-tiep-nhan-mot-trong-tra-cuu", "html");
    }

    static string Html(FormResult result)
    {
        Assert.True(result.Rendered, result.Refusal?.ToString());
        Assert.Null(result.Refusal);
        return result.Html!;
    }
}
