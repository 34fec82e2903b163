namespace Procedures.Workflows.Facts;

/// <summary>
/// How a request to complete the dossier works in this procedure. The one-stop default (Decree 61/2018/NĐ-CP Art. 17 and
/// Art. 19 as amended by Decree 107/2021/NĐ-CP): guidance at receipt once, a request during processing at most once per
/// agency, and the clock pauses while the dossier is with the applicant (the time already spent counts toward the
/// deadline). A procedure whose sector law says otherwise states it and cites the law: <see cref="RestartsDeadline"/>
/// (the time limit counts again from the complete dossier) and <see cref="MayRepeat"/> (the request may be made again).
/// </summary>
public sealed record CompletionRules(LegalCitation? RestartsDeadline = null, LegalCitation? MayRepeat = null)
{
    public static CompletionRules OneStopDefault { get; } = new();
}
