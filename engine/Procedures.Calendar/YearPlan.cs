using System.Collections.Immutable;
using NodaTime;

namespace Procedures.Calendar;

/// <summary>
/// One year's days off and worked weekend days, after the rules and the year's announcement.
/// <see cref="FromAnnouncement"/> tells whether a data file gave the year's announced dates.
/// </summary>
public sealed record YearPlan(int Year, ImmutableArray<DayOff> DaysOff, ImmutableArray<LocalDate> WorkedWeekendDays, bool FromAnnouncement);
