using System.Text.Json;
using Procedures.Workflows.Activities;

namespace Procedures.Forms.Tests;

/// <summary>
/// A window that accepts late filings (chậm vẫn nhận): the dossier filed after it is received all the same, and the
/// processing control sheet (form 05) says on its submission row which window was missed and that it was received.
/// </summary>
public sealed class FormLateFilingTests
{
    static readonly string Source = Office.UnemploymentSource
        .Replace("  result \"Quyết định hưởng trợ cấp thất nghiệp\"\n",
            "  result \"Quyết định hưởng trợ cấp thất nghiệp\"\n  apply within 3 months of `ContractEnd` late accepted\n", StringComparison.Ordinal)
        .Replace("  SốĐiệnThoại \"Số điện thoại\" text optional\n",
            "  SốĐiệnThoại \"Số điện thoại\" text optional\n  ContractEnd \"Ngày chấm dứt hợp đồng lao động\" date\n", StringComparison.Ordinal);

    [Fact]
    public async Task The_control_sheet_says_on_the_submission_row_which_window_the_dossier_missed()
    {
        Assert.Contains("late accepted", Source, StringComparison.Ordinal);
        Assert.Contains("ContractEnd \"", Source, StringComparison.Ordinal);
        var office = new Office(Office.Compile(Source));
        var data = Office.Applicant("Nguyễn Văn An", "Thôn Đông, xã Yên Phong").Add("ContractEnd", JsonSerializer.SerializeToElement("2025-11-28"));
        var dossier = office.Submit(Dossiers.At(3, 2, 9), data); // three months ran to Saturday 28 February, so to Monday 2 March
        var late = office.Submit(Dossiers.At(3, 3, 9), data, "HS-2");
        late = office.Decide(late, Dossiers.At(3, 3, 9, 30), "tiep-nhan", Ports.Received);
        var forms = new OneStopForms();

        var inTime = (await forms.RenderAsync(FormNumber.ControlSheet, office.Definition, dossier)).Html!;
        var sheet = (await forms.RenderAsync(FormNumber.ControlSheet, office.Definition, late)).Html!;

        Assert.Empty(dossier.LateFilings);
        Assert.DoesNotContain("vẫn tiếp nhận", inTime, StringComparison.Ordinal);
        Assert.Contains("hồ sơ nộp ngày 2026-03-03, quá hạn nộp: nộp trong 3 tháng kể từ Ngày chấm dứt hợp đồng lao động (2025-11-28), chậm nhất ngày 2026-03-02, vẫn tiếp nhận",
            sheet, StringComparison.Ordinal);
    }
}
