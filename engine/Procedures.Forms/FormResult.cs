using Procedures.Runtime.Messages;

namespace Procedures.Forms;

/// <summary>
/// A rendered form (a whole UTF-8 HTML document, print-ready), or why the form does not apply to the dossier: a form
/// 03 for a dossier never refused, a form 04 without an apology … as a refusal with a stable code (PRC507x) that a host
/// turns into a problem (404 or 409) in its caller's language.
/// </summary>
public sealed record FormResult(FormNumber Form, string? Html, Refusal? Refusal)
{
    public bool Rendered => Html is not null;

    internal static FormResult Of(FormNumber form, string html) => new(form, html, null);

    internal static FormResult NotApplicable(FormNumber form, Refusal refusal) => new(form, null, refusal);
}
