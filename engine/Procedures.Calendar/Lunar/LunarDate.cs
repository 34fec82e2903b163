namespace Procedures.Calendar.Lunar;

/// <summary>
/// A date of the Vietnamese lunisolar calendar (âm lịch). <see cref="Year"/> is the Gregorian year in
/// which the lunar year begins, so Tết of lunar year 2026 (Bính Ngọ) is <c>new LunarDate(2026, 1, 1)</c>.
/// </summary>
public readonly record struct LunarDate(int Year, int Month, int Day, bool IsLeapMonth = false)
{
    public override string ToString() =>
        $"{Day:00}/{Month:00}{(IsLeapMonth ? " (nhuận)" : "")}/{Year}";
}
