namespace Procedures.Library;

/// <summary>
/// How the watcher batches saves: it reloads once no change has been seen for <see cref="QuietWindow"/> (editors write a
/// file in several steps), and rescans the folder every <see cref="RescanInterval"/> in case the file-system
/// notifications were lost (network shares, overflowing buffers, containers).
/// </summary>
public sealed record WatcherOptions
{
    public TimeSpan QuietWindow { get; init; } = TimeSpan.FromMilliseconds(50);
    public TimeSpan RescanInterval { get; init; } = TimeSpan.FromSeconds(2);
}
