using System.Globalization;
using System.Text.Json;
using NodaTime;
using Procedures.Calendar;
using Procedures.Runtime.Conditions;
using Procedures.Runtime.Messages;
using Procedures.Workflows;
using Procedures.Workflows.Facts;

namespace Procedures.Runtime.Data;

/// <summary>
/// The applicant's windows to file (hạn nộp), checked at submission against the filing date (for a postal dossier the
/// hand-over or postmark date the portal reports). Counting follows Civil Code 2015 Art. 147–148: day 1 is the day after
/// the event; a period in months ends on the same day of the last month (its last day when it has none), in years on
/// the same day and month; a period whose last day is a day off ends on the next working day. A window counted back
/// from a date ("at least 15 days before", the first day of "30 days before or after") is not moved: moving it later
/// would shorten the notice the law asks for.
/// </summary>
public static class ApplicantWindows
{
    /// <summary>
    /// Every window of the dossier's case that the filing date misses, with why. A window whose date field was not given,
    /// or whose condition the data cannot decide, is left to the officer; one whose condition is false does not apply.
    /// </summary>
    public static IEnumerable<(ApplicantWindow Window, Refusal Missed)> Missed(WorkflowDefinition definition,
        IReadOnlyDictionary<string, JsonElement> data, LocalDate filedOn, IWorkingCalendar calendar, IConditionEvaluator? conditions)
    {
        var facts = definition.Facts;
        foreach (var window in facts.ApplicantWindows)
        {
            if (DateOf(data, window.Field) is not { } date) continue;
            if (window.Condition is { Length: > 0 } condition && conditions.TryEvaluate(definition, condition, data).Value != true) continue;
            var label = facts.Data.FirstOrDefault(f => f.Name == window.Field)?.Label ?? window.Field;
            if (Check(window, date, filedOn, label, calendar) is { } missed) yield return (window, missed);
        }
    }

    /// <summary>The last day a window allows, or null when the calendar cannot count it (a date outside its years).</summary>
    public static LocalDate? LastDay(ApplicantWindow window, LocalDate date, IWorkingCalendar calendar) =>
        Count(() => window.Kind == ApplicantWindowKind.AtLeastBefore ? Back(date, window.Period, calendar) : Forward(date, window.Period, calendar));

    /// <summary>The first day a window allows: the date itself, or for "before or after" the period counted back from it.</summary>
    public static LocalDate? FirstDay(ApplicantWindow window, LocalDate date, IWorkingCalendar calendar) => window.Kind switch
    {
        ApplicantWindowKind.BeforeOrAfter => Count(() => Back(date, window.Period, calendar)),
        ApplicantWindowKind.Within => date,
        _ => LocalDate.MinIsoValue,
    };

    static LocalDate? Count(Func<LocalDate> count)
    {
        try
        {
            return count();
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    static Refusal? Check(ApplicantWindow window, LocalDate date, LocalDate filedOn, string label, IWorkingCalendar calendar)
    {
        if (LastDay(window, date, calendar) is not { } last || FirstDay(window, date, calendar) is not { } first) return null;
        var period = RefusalDescriptor.Period(window.Period);
        return window.Kind switch
        {
            ApplicantWindowKind.AtLeastBefore when filedOn > last => RefusalCatalogue.FiledTooLateBefore.With(Iso(filedOn), period, label, Iso(date), Iso(last)),
            ApplicantWindowKind.BeforeOrAfter when filedOn < first || filedOn > last =>
                RefusalCatalogue.FiledOutsideWindow.With(Iso(filedOn), period, label, Iso(date), Iso(first), Iso(last)),
            ApplicantWindowKind.Within when filedOn < date => RefusalCatalogue.FiledBeforeWindow.With(Iso(filedOn), period, label, Iso(date)),
            ApplicantWindowKind.Within when filedOn > last => RefusalCatalogue.FiledAfterWindow.With(Iso(filedOn), period, label, Iso(date), Iso(last)),
            _ => null,
        };
    }

    /// <summary>
    /// The calendar's own counting, from the end of the day of the event so that day 1 is the next day (a working day for
    /// working days); months and years end on the corresponding day, moved to the next working day (Art. 148).
    /// </summary>
    static LocalDate Forward(LocalDate date, TimeLimit period, IWorkingCalendar calendar) =>
        calendar.Add(date.At(new LocalTime(23, 59)), period).Date;

    /// <summary>The latest filing day that leaves the whole period before <paramref name="date"/>.</summary>
    static LocalDate Back(LocalDate date, TimeLimit period, IWorkingCalendar calendar)
    {
        switch (period.Unit)
        {
            case TimeLimitUnit.Months:
                return date.PlusMonths(-Whole(period));
            case TimeLimitUnit.Years:
                return date.PlusYears(-Whole(period));
            case TimeLimitUnit.WorkingDays:
                // The working days after the filing day up to the date itself must number the period.
                var day = date;
                for (var counted = 0m; counted < period.Amount; day = day.PlusDays(-1))
                    if (calendar.IsWorkingDay(day)) counted++;
                return day;
            case TimeLimitUnit.Hours:
                return date.PlusDays(-(int)Math.Ceiling(period.Amount / 24m));
            default:
                return date.PlusDays(-Whole(period));
        }
    }

    static int Whole(TimeLimit period) => (int)decimal.Ceiling(period.Amount);

    static LocalDate? DateOf(IReadOnlyDictionary<string, JsonElement> data, string field) =>
        data.TryGetValue(field, out var value) && value.ValueKind == JsonValueKind.String
        && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? LocalDate.FromDateOnly(date) : null;

    static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
