using System.Globalization;
using Procedures.Runtime.Messages;
using Procedures.Runtime.State;
using Procedures.Workflows.Facts;

namespace Procedures.Runtime.Execution;

/// <summary>
/// How often a dossier may be sent back to the applicant to be completed (the one-stop default): guidance at the receipt
/// once, in full (Decree 61/2018/NĐ-CP Art. 15, 17), and a request during processing at most once per agency (Art. 19 as
/// amended by Decree 107/2021/NĐ-CP). A procedure that cites its sector law with <see cref="CompletionRules.MayRepeat"/>
/// lifts both limits.
/// </summary>
internal static class CompletionLimits
{
    public static Refusal? Refusal(ProcedureFacts facts, WorkflowInstance state, bool atReceipt, string agency)
    {
        if (facts.Completion.MayRepeat is not null) return null;
        var earlier = state.CompletionRequests.FirstOrDefault(r =>
            r.AtReceipt == atReceipt && (atReceipt || string.Equals(r.Agency, agency, StringComparison.Ordinal)));
        if (earlier is null) return null;
        var date = earlier.RequestedAt.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        return atReceipt ? RefusalCatalogue.SecondGuidance.With(date) : RefusalCatalogue.SecondCompletionRequest.With(agency, date);
    }
}
