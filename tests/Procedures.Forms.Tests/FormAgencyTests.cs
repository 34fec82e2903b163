using Procedures.Workflows.Activities;

namespace Procedures.Forms.Tests;

/// <summary>
/// Who issues each form when another agency's one-stop office receives the dossier: the receipt (form 01) is the
/// receiving office's, the processing control sheet (form 05) names the agency that decides.
/// </summary>
public sealed class FormAgencyTests
{
    static readonly string Source = Office.UnemploymentSource
        .Replace("agency \"Trung tâm Dịch vụ việc làm\"\n", "agency \"Trung tâm Dịch vụ việc làm\"\n  receiving agency \"Ủy ban nhân dân cấp xã\"\n", StringComparison.Ordinal);

    [Fact]
    public async Task The_receipt_is_issued_by_the_receiving_office_and_the_control_sheet_names_the_deciding_agency()
    {
        Assert.Contains("receiving agency", Source, StringComparison.Ordinal);
        var office = new Office(Office.Compile(Source));
        var dossier = office.Submit(Dossiers.At(3, 2, 9), Office.Applicant("Nguyễn Văn An", "Thôn Đông, xã Yên Phong"));
        dossier = office.Decide(dossier, Dossiers.At(3, 2, 9, 30), "tiep-nhan", Ports.Received);
        var forms = new OneStopForms();

        var receipt = (await forms.RenderAsync(FormNumber.Receipt, office.Definition, dossier)).Html!;
        var sheet = (await forms.RenderAsync(FormNumber.ControlSheet, office.Definition, dossier)).Html!;

        Assert.StartsWith("000.01.00.X00-260302-", dossier.DossierNumber, StringComparison.Ordinal);
        Assert.Contains("Bộ phận Một cửa – Ủy ban nhân dân cấp xã tiếp nhận hồ sơ của:", receipt, StringComparison.Ordinal);
        Assert.Contains("Cơ quan (bộ phận) giải quyết hồ sơ: Trung tâm Dịch vụ việc làm", sheet, StringComparison.Ordinal);
    }
}
