using Procedures.Runtime.Messages;

namespace Procedures.Forms.Tests;

/// <summary>
/// A form the dossier's history does not give is a refusal with a stable code, never an exception: a host answers it
/// with a problem (404 or 409) in its caller's language.
/// </summary>
public sealed class FormApplicabilityTests
{
    readonly OneStopForms forms = new();

    [Fact]
    public void Each_dossier_has_the_forms_its_history_gives()
    {
        Assert.Equal([FormNumber.Receipt, FormNumber.CompletionRequest, FormNumber.Apology, FormNumber.ControlSheet], Available(Dossiers.Apologised()));
        Assert.Equal([FormNumber.Refusal, FormNumber.ControlSheet], Available(Dossiers.RefusedAtReceipt()));
        Assert.Equal([FormNumber.Receipt, FormNumber.Refusal, FormNumber.ControlSheet], Available(Dossiers.RefusedAfterAppraisal()));
        Assert.Equal([FormNumber.CompletionRequest, FormNumber.ControlSheet], Available(Dossiers.IncompleteAtReceipt()));
        Assert.Equal([FormNumber.Receipt, FormNumber.ControlSheet], Available(Dossiers.InAppraisal()));
    }

    [Fact]
    public async Task A_form_that_does_not_apply_says_why_in_both_languages()
    {
        var (office, dossier) = Dossiers.InAppraisal();
        var (refusedOffice, refused) = Dossiers.RefusedAtReceipt();

        var refusal = await Refused(FormNumber.Refusal, office, dossier);
        var apology = await Refused(FormNumber.Apology, office, dossier);
        var completion = await Refused(FormNumber.CompletionRequest, office, dossier);
        var receipt = await Refused(FormNumber.Receipt, refusedOffice, refused);
        var register = await Refused(FormNumber.Register, office, dossier);

        Assert.Equal("hồ sơ 000.19.30.H00-260306-0001 không bị từ chối (mẫu số 03)", refusal.Message(MessageLanguage.Vietnamese));
        Assert.Equal("dossier 000.19.30.H00-260306-0001 was not refused (form 03)", refusal.Message(MessageLanguage.English));
        Assert.Equal("PRC5073", apology.Code);
        Assert.Equal("hồ sơ 000.19.30.H00-260306-0001 không có phiếu xin lỗi và hẹn lại ngày trả kết quả (mẫu số 04)", apology.Message(MessageLanguage.Vietnamese));
        Assert.Equal("PRC5071", completion.Code);
        // Refused at the receipt, it never got a number (Circular 01/2018 Art. 19): the message names it by its id.
        Assert.Null(refused.DossierNumber);
        Assert.Equal("hồ sơ HS-2 chưa được tiếp nhận nên chưa có giấy tiếp nhận hồ sơ và hẹn trả kết quả (mẫu số 01)",
            receipt.Message(MessageLanguage.Vietnamese));
        Assert.Equal("PRC5076", register.Code);
    }

    [Fact]
    public async Task A_definition_of_another_version_is_refused_rather_than_printed()
    {
        var (office, dossier) = Dossiers.InAppraisal();
        var other = office.Definition with { Version = office.Definition.Version with { Sequence = 2 } };

        var result = await forms.RenderAsync(FormNumber.ControlSheet, other, dossier);

        Assert.False(result.Rendered);
        Assert.Equal("PRC5009", result.Refusal!.Code);
    }

    [Fact]
    public async Task A_register_whose_period_ends_before_it_starts_is_refused()
    {
        var result = await forms.RenderRegisterAsync(new RegisterPage("000.19.30.H00", null, new(2026, 4, 30), new(2026, 4, 1), []));

        Assert.Equal("kỳ báo cáo kết thúc ngày 2026-04-01, trước ngày bắt đầu 2026-04-30", result.Refusal!.Message(MessageLanguage.Vietnamese));
    }

    [Theory]
    [InlineData("01", FormNumber.Receipt)]
    [InlineData("5", FormNumber.ControlSheet)]
    [InlineData(" 06 ", FormNumber.Register)]
    public void Form_numbers_read_as_the_circular_writes_them(string text, FormNumber expected)
    {
        Assert.Null(FormNumbers.TryParse(text, out var form));
        Assert.Equal(expected, form);
        Assert.Equal(((int)expected).ToString("00", System.Globalization.CultureInfo.InvariantCulture), form.Code());
    }

    [Theory]
    [InlineData("07")]
    [InlineData("0")]
    [InlineData("mẫu 1")]
    [InlineData("")]
    [InlineData("１")]
    [InlineData("99999999999999999999")]
    public void Anything_else_is_no_form(string text)
    {
        var refusal = FormNumbers.TryParse(text, out _);

        Assert.Equal(RefusalCatalogue.NoSuchForm.With(text), refusal);
    }

    IReadOnlyList<FormNumber> Available((Office Office, Runtime.State.WorkflowInstance Dossier) d) => forms.Available(d.Office.Definition, d.Dossier);

    async Task<Refusal> Refused(FormNumber form, Office office, Runtime.State.WorkflowInstance dossier)
    {
        var result = await forms.RenderAsync(form, office.Definition, dossier);
        Assert.False(result.Rendered);
        Assert.Null(result.Html);
        return result.Refusal!;
    }
}
