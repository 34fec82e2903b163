using Procedures.Calendar;

namespace Procedures.Workflows.Facts;

/// <summary>How an applicant's window (hạn nộp) stands against the date it is counted from.</summary>
public enum ApplicantWindowKind
{
    /// <summary>"trong 3 tháng kể từ …": the dossier is filed on or after the date and within the period from it.</summary>
    Within,
    /// <summary>"trước … ít nhất 15 ngày": the dossier is filed at least the period before the date.</summary>
    AtLeastBefore,
    /// <summary>"trong 30 ngày trước hoặc sau …": the dossier is filed within the period before or after the date.</summary>
    BeforeOrAfter,
}

/// <summary>
/// The applicant's own window to file (hạn nộp), counted from or back from a date of the dossier's data
/// (<paramref name="Field"/>, a date field): checked at submission against the filing date.
/// </summary>
public sealed record ApplicantWindow(ApplicantWindowKind Kind, TimeLimit Period, string Field)
{
    /// <summary>The window applies only to a dossier whose data meets this condition (C#), when there is one.</summary>
    public string? Condition { get; init; }

    /// <summary>
    /// A dossier filed outside the window is received all the same and the officer is warned (chậm vẫn nhận): the law
    /// sanctions the late filing without refusing it, e.g. late registration of an enterprise's labour rules.
    /// </summary>
    public bool LateAccepted { get; init; }
}
