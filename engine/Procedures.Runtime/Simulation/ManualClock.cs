namespace Procedures.Runtime.Simulation;

/// <summary>A clock the simulation moves by hand, so that a run is the same every time.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public void Set(DateTimeOffset value)
    {
        if (value > now)
            now = value;
    }
}
