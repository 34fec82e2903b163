using NodaTime;
using Procedures.Calendar;
using Procedures.Runtime.Messages;
using Procedures.Runtime.State;
using Procedures.Workflows.Activities;
using Procedures.Workflows.Facts;
using Procedures.Workflows.Rendering;

namespace Procedures.Api.Views;

/// <summary>The engine's words in the caller's language: Vietnamese as the renderers write them, or English.</summary>
public static class Words
{
    static bool En(MessageLanguage language) => language == MessageLanguage.English;

    public static string Status(DossierStatus status, MessageLanguage language) => !En(language) ? status.Vietnamese() : status switch
    {
        DossierStatus.Submitted => "Awaiting receipt",
        DossierStatus.Received => "Received",
        DossierStatus.InProgress => "In progress",
        DossierStatus.AwaitingCompletion => "Awaiting completion",
        DossierStatus.Consulting => "Consulting other agencies",
        DossierStatus.Routing => "Moving between agencies",
        DossierStatus.Forwarded => "Forwarded to a higher level",
        DossierStatus.Posted => "Publicly posted",
        DossierStatus.ClockStopped => "Clock stopped, waiting outside the agency",
        DossierStatus.Refused => "Refused",
        DossierStatus.Returned => "Result returned",
        DossierStatus.Completed => "Completed",
        DossierStatus.Transferred => "Transferred to another agency",
        DossierStatus.WithApplicant => "With the applicant",
        DossierStatus.ReturnedForAmendment => "Returned for amendment",
        _ => status.ToString(),
    };

    public static string Punctuality(Punctuality punctuality, MessageLanguage language) => (punctuality, En(language)) switch
    {
        (Runtime.State.Punctuality.OnTime, true) => "On time",
        (Runtime.State.Punctuality.OnTime, false) => "Đúng hạn",
        (Runtime.State.Punctuality.Late, true) => "Late",
        (Runtime.State.Punctuality.Late, false) => "Trễ hạn",
        (_, true) => "No deadline",
        _ => "Không có thời hạn",
    };

    public static string Kind(ActivityKind kind, MessageLanguage language) => !En(language) ? DomainWords.Kind(kind) : kind switch
    {
        ActivityKind.Receipt => "Receipt",
        ActivityKind.UnitTask => "Unit task",
        ActivityKind.Await => "Waiting outside the agency",
        ActivityKind.Consultation => "Consultation",
        ActivityKind.RoutingSlip => "Routing slip",
        ActivityKind.Forwarding => "Forwarding to a higher level",
        ActivityKind.PublicPosting => "Public posting",
        ActivityKind.Decision => "Condition",
        ActivityKind.CompletionRequest => "Request to complete",
        ActivityKind.Refusal => "Refusal",
        ActivityKind.ReturnResult => "Return of the result",
        ActivityKind.Notice => "Notice",
        ActivityKind.Transfer => "Transfer to another agency",
        ActivityKind.ReturnForAmendment => "Return of the dossier for amendment",
        _ => kind.ToString(),
    };

    public static string Channel(ChannelKind kind, MessageLanguage language) => !En(language) ? DomainWords.Channel(kind) : kind switch
    {
        ChannelKind.InPerson => "In person",
        ChannelKind.OnlineFull => "Fully online",
        ChannelKind.OnlinePartial => "Partly online",
        ChannelKind.Postal => "Postal",
        _ => kind.ToString(),
    };

    public static string TimeLimit(TimeLimit limit, MessageLanguage language) => !En(language) ? DomainWords.TimeLimit(limit) : limit.Unit switch
    {
        TimeLimitUnit.WorkingDays => $"{DomainWords.Amount(limit.Amount)} working days",
        TimeLimitUnit.CalendarDays => $"{DomainWords.Amount(limit.Amount)} days",
        TimeLimitUnit.Months => $"{DomainWords.Amount(limit.Amount)} months",
        TimeLimitUnit.Years => $"{DomainWords.Amount(limit.Amount)} years",
        _ => $"{DomainWords.Amount(limit.Amount)} hours",
    };

    /// <summary>An applicant's window in words: "nộp trong 3 tháng kể từ Ngày chấm dứt hợp đồng (NgàyChấmDứt)", "apply within 3 months of …".</summary>
    public static string Window(ApplicantWindow window, string? label, MessageLanguage language)
    {
        if (!En(language)) return DomainWords.Window(window, label);
        var date = label is null || label == window.Field ? window.Field : $"{label} ({window.Field})";
        var words = window.Kind switch
        {
            ApplicantWindowKind.Within => $"apply within {TimeLimit(window.Period, language)} of {date}",
            ApplicantWindowKind.BeforeOrAfter => $"apply within {TimeLimit(window.Period, language)} before or after {date}",
            _ => $"apply at least {TimeLimit(window.Period, language)} before {date}",
        };
        return words + (window.Condition is { } condition ? $" when `{condition}`" : "") + (window.LateAccepted ? "; a late filing is received all the same" : "");
    }

    /// <summary>Vietnam civil time as an RFC 3339 instant at +07:00.</summary>
    public static DateTimeOffset Time(LocalDateTime vietnam) => new(vietnam.ToDateTimeUnspecified(), TimeSpan.FromHours(7));

    public static DateTimeOffset? Time(LocalDateTime? vietnam) => vietnam is { } t ? Time(t) : null;

    public static DateOnly? Date(LocalDate? date) => date is { } d ? d.ToDateOnly() : null;
}
