using Procedures.Host.Tests.Client;

namespace Procedures.Host.Tests;

/// <summary>
/// Drives one dossier of 1.001978 with the client NSwag generated from the committed OpenAPI document, each action as
/// the caller the rules allow: the portal, the one-stop officer, the appraising unit, the consulted agency, the
/// centre's director, the department's leaders.
/// </summary>
public sealed class Lifecycle(TestHost host)
{
    public const string Portal = "cong-dich-vu-cong-tinh";

    public ProceduresClient Client(Who who) => new(host.As(who));

    public ProceduresClient Applicant => Client(Who.PortalOf(Portal));
    public ProceduresClient OneStop => Client(Who.OfficerAt(Agencies.EmploymentCentre, Agencies.OneStop));
    public ProceduresClient Appraiser => Client(Who.OfficerAt(Agencies.EmploymentCentre, Agencies.UnemploymentInsurance));
    public ProceduresClient SocialInsurance => Client(Who.OfficerAt(Agencies.SocialInsurance, Agencies.SocialInsuranceBenefits));
    public ProceduresClient Director => Client(Who.OfficerAt(Agencies.EmploymentCentre, Agencies.CentreDirector));
    public ProceduresClient Leaders => Client(Who.OfficerAt(Agencies.HomeAffairs, Agencies.HomeAffairsLeaders));

    public static string Tag(DossierView dossier) => $"\"{dossier.Revision}\"";

    public Task<DossierView> SubmitAsync(string? key = null) =>
        Applicant.SubmitDossierAsync(Agencies.Unemployment, key, new SubmitRequest { Channel = Channel.InPerson, Documents = ["request", "so-bhxh"] });

    public async Task<DossierView> ReceiveAsync(DossierView d)
    {
        host.Folder.Later(TimeSpan.FromHours(1));
        return await OneStop.ReceiveAsync(d.Id, Tag(d), new ReceiptRequest { Decision = ReceiptDecision.Received });
    }

    public async Task<DossierView> StepAsync(ProceduresClient officer, DossierView d, string step, string outcome)
    {
        host.Folder.Later(TimeSpan.FromHours(1));
        return await officer.CompleteStepAsync(d.Id, step, Tag(d), new StepOutcomeRequest { Outcome = outcome });
    }

    /// <summary>From receipt to the consultation's reply: appraisal asks once for completion, the applicant completes.</summary>
    public async Task<DossierView> ToSigningAsync(DossierView d)
    {
        d = await ReceiveAsync(d);
        d = await StepAsync(Appraiser, d, "tham-dinh", "insufficient");
        host.Folder.Later(TimeSpan.FromHours(20));
        d = await Applicant.CompleteDossierAsync(d.Id, Tag(d), new CompletionRequest { Note = "nộp bổ sung quyết định thôi việc" });
        d = await StepAsync(Appraiser, d, "tham-dinh", "sufficient");
        host.Folder.Later(TimeSpan.FromHours(1));
        return await SocialInsurance.ReplyForAgencyAsync(d.Id, "xac-nhan", Tag(d), new ReplyRequest { Note = "đã đóng 36 tháng" });
    }

    /// <summary>
    /// From the director's step to the returned result, with one apology on the way: the department's leaders approve,
    /// and the flow reaching the return step records the result returned (the runtime returns it on entering the step).
    /// </summary>
    public async Task<DossierView> FinishAsync(DossierView d)
    {
        d = await StepAsync(Director, d, "trinh", "Done");
        d = await OneStop.ApologizeAsync(d.Id, Tag(d), new ApologyRequest { NewDueAt = d.DueAt!.Value.AddDays(7), Reason = "chờ ý kiến Sở Nội vụ" });
        return await StepAsync(Leaders, d, "quyet-dinh", "approve");
    }
}
