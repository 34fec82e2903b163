using BenchmarkDotNet.Attributes;
using NodaTime;
using Procedures.Calendar;
using Procedures.Calendar.Lunar;

namespace Procedures.Benchmarks;

/// <summary>The calendar's hot path: a due date per dossier step. Target: well under a microsecond.</summary>
[MemoryDiagnoser]
public class CalendarBenchmarks
{
    private readonly VietnamWorkingCalendar vietnam = new();
    private readonly WeekdayCalendar weekdays = new();
    private readonly LocalDateTime start = new(2026, 2, 13, 10, 0); // the Friday before Tết 2026

    [Benchmark(Baseline = true)]
    public LocalDateTime Add20WorkingDays() => vietnam.Add(start, TimeLimit.WorkingDays(20));

    [Benchmark]
    public LocalDateTime Add20WorkingDaysWeekdayCalendar() => weekdays.Add(start, TimeLimit.WorkingDays(20));

    [Benchmark]
    public LocalDateTime Add30CalendarDays() => vietnam.Add(start, TimeLimit.CalendarDays(30));

    [Benchmark]
    public LocalDateTime Add16Hours() => vietnam.Add(start, TimeLimit.Hours(16));

    [Benchmark]
    public LocalDate LunarNewYear() => LunarCalendar.Vietnam.NewYear(2026);

    /// <summary>Building the calendar works out all 201 years (1900–2100) once.</summary>
    [Benchmark]
    public VietnamWorkingCalendar BuildCalendar() => new();
}
