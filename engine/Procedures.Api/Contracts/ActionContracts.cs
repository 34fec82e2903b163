using System.Text.Json.Serialization;

namespace Procedures.Api.Contracts;

/// <summary>What the one-stop officer issues at receipt (Decree 61/2018 Art. 17; Circular 01/2018 forms 01–03).</summary>
[JsonConverter(typeof(NamedEnum<ReceiptDecision>))]
public enum ReceiptDecision
{
    /// <summary>Receipt and appointment (form 01): the procedure's time limit starts.</summary>
    Received,
    /// <summary>Request to complete the dossier (form 02).</summary>
    Incomplete,
    /// <summary>Refusal with reasons (form 03).</summary>
    Refused,
}

/// <summary>The one-stop officer's decision on a submitted dossier; <c>note</c> carries what is missing or the reasons of a refusal.</summary>
public sealed record ReceiptRequest(ReceiptDecision Decision, string? Note = null);

/// <summary>An officer closes a step with one of its outcomes (as the step's <c>waits[].outcomes</c> list them); an outcome leading to a request for completion is the completion request during processing.</summary>
public sealed record StepOutcomeRequest(string Outcome, string? Note = null);

/// <summary>A consulted, routed or higher-level agency replies for its step (the caller's agency).</summary>
public sealed record ReplyRequest(string? Note = null);

/// <summary>The applicant hands in what the completion request asked for; the clock resumes and the appointment moves by the working time the dossier was with the applicant (Decree 61/2018 Art. 19 as amended by Decree 107/2021), unless the procedure cites a sector law that restarts it.</summary>
public sealed record CompletionRequest(string? Note = null);

/// <summary>Apology with one new appointment (Decree 61/2018 Art. 19; Circular 01/2018 form 04); the date may be reset only once.</summary>
public sealed record ApologyRequest(DateTimeOffset NewDueAt, string Reason);

/// <summary>A complaint lodged against a public posting while it is up.</summary>
public sealed record ComplaintRequest(string? Note = null);
