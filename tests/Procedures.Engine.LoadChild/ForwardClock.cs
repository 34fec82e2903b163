namespace Procedures.Engine.LoadChild;

/// <summary>
/// A clock every worker shares that never goes back: each reading is a minute after the one before, and a worker
/// waiting for a period to end moves it on to the end. Starts on Monday 2 March 2026, 09:00 in Vietnam. The postings
/// move it about a year on every 2,000 transitions, past the fixture holidays (to 2027) but not past the working-day
/// calendar (to 2100); the crash test kills the child after a few hundred.
/// </summary>
public sealed class ForwardClock : TimeProvider
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);
    private long _minutes;

    public override DateTimeOffset GetUtcNow() => Start.AddMinutes(Interlocked.Increment(ref _minutes));

    /// <summary>Moves the clock on so that its next reading is at or after <paramref name="at"/>.</summary>
    public void MoveTo(DateTimeOffset at)
    {
        var target = (long)Math.Ceiling((at - Start).TotalMinutes);
        long seen;
        do
        {
            seen = Interlocked.Read(ref _minutes);
            if (seen >= target) return;
        }
        while (Interlocked.CompareExchange(ref _minutes, target, seen) != seen);
    }
}
