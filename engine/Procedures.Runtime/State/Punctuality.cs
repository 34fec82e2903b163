using NodaTime;

namespace Procedures.Runtime.State;

/// <summary>"Đúng hạn" or "trễ hạn" as the processing control sheet records it (Circular 01/2018 form 05).</summary>
public enum Punctuality
{
    NoDeadline,
    OnTime,
    Late,
}

public static class PunctualityRules
{
    public static Punctuality Of(LocalDateTime doneAt, LocalDateTime? dueAt) =>
        dueAt is not { } due ? Punctuality.NoDeadline : doneAt <= due ? Punctuality.OnTime : Punctuality.Late;
}
