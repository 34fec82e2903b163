namespace Procedures.Library;

/// <summary>
/// Keeps a <see cref="ProcedureLibrary"/> in step with its folder: a <see cref="FileSystemWatcher"/> on <c>*.proc</c>
/// files (subfolders included) collects changed paths, and a periodic rescan that compares each file's size and write
/// time catches what the notifications missed. Changes are debounced and fed to <see cref="ProcedureLibrary.Reload"/> one
/// batch at a time. Nothing a file holds, and no read failure, stops the watcher: a failed reload is reported through
/// <see cref="Failed"/> and the next change or rescan tries again.
/// </summary>
public sealed class ProcedureWatcher : IDisposable
{
    private readonly ProcedureLibrary _library;
    private readonly WatcherOptions _options;
    private readonly FileSystemWatcher _watcher;
    private readonly Timer _debounce;
    private readonly Timer _rescan;
    private readonly Lock _gate = new();
    private readonly Lock _reloading = new();
    private readonly Lock _rescanning = new();
    private HashSet<string> _pending = new(StringComparer.Ordinal);
    private Dictionary<string, (long Length, DateTime Written)> _stamps;
    private bool _disposed;

    public ProcedureWatcher(ProcedureLibrary library, WatcherOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(library);
        _library = library;
        _options = options ?? new WatcherOptions();
        _stamps = Stamps();
        _debounce = new Timer(_ => Flush());
        _rescan = new Timer(_ => Rescan(), null, _options.RescanInterval, _options.RescanInterval);
        _watcher = new FileSystemWatcher(library.Folder, "*.proc")
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        _watcher.Changed += (_, e) => Enqueue(e.FullPath);
        _watcher.Created += (_, e) => Enqueue(e.FullPath);
        _watcher.Deleted += (_, e) => Enqueue(e.FullPath);
        _watcher.Renamed += (_, e) => Enqueue(e.OldFullPath, e.FullPath);
        // Lost notifications (buffer overflow): only a whole rescan knows what changed.
        _watcher.Error += (_, _) => Enqueue(library.Folder);
        try
        {
            _watcher.EnableRaisingEvents = true;
            IsWatching = true;
        }
        catch (Exception e) when (e is IOException or PlatformNotSupportedException)
        {
            // Out of inotify instances or watches (Linux limits them per user): the periodic rescan alone keeps up.
            IsWatching = false;
        }
    }

    /// <summary>False when the file system refused notifications and only the periodic rescan runs.</summary>
    public bool IsWatching { get; }

    /// <summary>A procedure version became live.</summary>
    public event Action<PublishedVersion>? Published;

    /// <summary>A procedure failed to compile; its last good version stays live.</summary>
    public event Action<RejectedProcedure>? Rejected;

    /// <summary>A reload failed unexpectedly; the watcher keeps going.</summary>
    public event Action<Exception>? Failed;

    /// <summary>Marks paths changed (e.g. from another notification source) and restarts the quiet window.</summary>
    public void Enqueue(params string[] paths)
    {
        lock (_gate)
        {
            if (_disposed) return;
            foreach (var path in paths)
                _pending.Add(path);
            _debounce.Change(_options.QuietWindow, Timeout.InfiniteTimeSpan);
        }
    }

    void Flush()
    {
        HashSet<string> batch;
        lock (_gate)
        {
            if (_disposed || _pending.Count == 0) return;
            batch = _pending;
            _pending = new HashSet<string>(StringComparer.Ordinal);
        }
        // Timer callbacks may overlap; one reload at a time keeps events in the order versions were published.
        lock (_reloading)
        {
            try
            {
                var result = _library.Reload(batch);
                foreach (var published in result.Published)
                    Raise(Published, published);
                foreach (var rejected in result.Rejected)
                    Raise(Rejected, rejected);
            }
            catch (Exception e)
            {
                Raise(Failed, e);
            }
        }
    }

    void Rescan()
    {
        // Rescan ticks may overlap when the disk is slow; the stamps are compared one tick at a time.
        if (!_rescanning.TryEnter()) return;
        try
        {
            var now = Stamps();
            var changed = now.Where(kv => !_stamps.TryGetValue(kv.Key, out var old) || old != kv.Value).Select(kv => kv.Key)
                .Concat(_stamps.Keys.Where(k => !now.ContainsKey(k)))
                .ToArray();
            _stamps = now;
            if (changed.Length > 0)
                Enqueue(changed);
        }
        catch (Exception e)
        {
            Raise(Failed, e);
        }
        finally
        {
            _rescanning.Exit();
        }
    }

    Dictionary<string, (long, DateTime)> Stamps()
    {
        var stamps = new Dictionary<string, (long, DateTime)>(StringComparer.Ordinal);
        var files = new DirectoryInfo(_library.Folder).EnumerateFiles("*.proc",
            new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true });
        foreach (var file in files)
        {
            try
            {
                stamps[file.FullName] = (file.Length, file.LastWriteTimeUtc);
            }
            catch (IOException)
            {
                // Deleted between listing and reading: the next rescan sees it gone.
            }
        }
        return stamps;
    }

    void Raise<T>(Action<T>? handler, T value)
    {
        // A subscriber's exception must not stop the watcher (it would end the process from a timer thread).
        try
        {
            handler?.Invoke(value);
        }
        catch (Exception e)
        {
            if (value is Exception) return;
            try { Failed?.Invoke(e); } catch (Exception) { }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
        }
        _watcher.Dispose();
        _debounce.Dispose();
        _rescan.Dispose();
    }
}
