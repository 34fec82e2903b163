using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using Procedures.Calendar;
using Procedures.Calendar.Data;
using Procedures.Expressions;
using Procedures.Library;
using Procedures.Persistence;
using Procedures.Runtime;
using Procedures.Runtime.Agencies;
using Procedures.Runtime.Conditions;
using Procedures.Runtime.Effects;
using Procedures.Runtime.Messages;
using Procedures.Runtime.Numbering;
using Procedures.Runtime.Stimuli;

namespace Procedures.Engine;

/// <summary>
/// One engine node: the live procedures of a watched folder, the dossiers in the database, and the timers they wait on.
/// Every submission and action is one transaction (instance, journal, open tasks and timers together) checked against
/// the dossier's revision, so two nodes acting on one dossier cannot both win and nothing is ever half-written. Safe to
/// share between threads; <see cref="StartAsync"/> runs once, and every call waits for it.
/// </summary>
public sealed class ProcedureEngine : IAsyncDisposable
{
    private const int TimerBatch = 200;
    private readonly EngineOptions _options;
    private readonly ILogger _log;
    private readonly Lazy<Task<Started>> _started;

    public ProcedureEngine(EngineOptions options, ILogger<ProcedureEngine>? log = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _log = log ?? NullLogger<ProcedureEngine>.Instance;
        _started = new(() => Task.Run(StartCore));
    }

    /// <summary>The live procedures and their diagnostics; available once started.</summary>
    public ProcedureLibrary Library => Ready().Library;

    /// <summary>Migrates the database, loads the calendar and the procedures, and starts watching the folder.</summary>
    public Task StartAsync(CancellationToken cancellationToken = default) => _started.Value.WaitAsync(cancellationToken);

    /// <summary>
    /// Opens a dossier on the live version of <paramref name="procedureCode"/>. It is numbered when the one-stop office
    /// receives it complete (Circular 01/2018 Art. 19: the number carries the receipt date), or now, with the agency's next
    /// number of the submission's day, when the procedure has no receipt step.
    /// </summary>
    public async Task<EngineResult> SubmitAsync(string procedureCode, Submission submission, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(procedureCode);
        ArgumentNullException.ThrowIfNull(submission);
        var s = await _started.Value.WaitAsync(cancellationToken);
        if (s.Library.Live(procedureCode) is not { } definition)
            return EngineResult.NotFound(s.Library.Diagnostics(procedureCode).Count(d => d.IsError) is var errors and > 0
                ? RefusalCatalogue.NoGoodVersion.With(procedureCode, errors.ToString(System.Globalization.CultureInfo.InvariantCulture))
                : RefusalCatalogue.NoSuchProcedure.With(procedureCode));
        // The number carries the code of the agency that receives the dossier: the receiving agency, else the executing
        // agency the dossier's data choose (the run chooses it again, the same way, and refuses when none takes it).
        if (DossierAgency.Choose(definition, submission.Data, s.Conditions, out var executing) is { } noAgency)
            return EngineResult.Refused(noAgency);
        var agency = DossierAgency.NumberingCode(definition.Facts, executing);
        if (string.IsNullOrWhiteSpace(agency))
            return EngineResult.Refused(RefusalCatalogue.NoAgencyCode.With(procedureCode));

        var submittedAt = submission.SubmittedAt ?? Instant.FromDateTimeOffset(_options.Clock.GetUtcNow());
        var dossierId = submission.DossierId ?? Guid.CreateVersion7().ToString();
        var numbering = DossierNumber.GivenAtReceipt(definition) ? null : new DossierNumbering(agency, () => VietnamTime.ToLocal(submittedAt).Date);
        var (saved, run) = await s.Dossiers.SaveNewAsync(numbering, dossierId,
            number => s.Runtime.Start(definition, new StartRequest(dossierId, number, submission.Channel, submission.Data, submittedAt, submission.OpenedBy)),
            cancellationToken);
        return saved.Status switch
        {
            SaveStatus.Saved => EngineResult.Done(s.Recent.Remember(new StoredDossier(run.Instance!, saved.Revision))),
            SaveStatus.Conflict => EngineResult.Conflict(await s.Dossiers.LoadAsync(dossierId, cancellationToken),
                RefusalCatalogue.StaleRevision.With(dossierId, Number(saved.Revision), "0")),
            _ => EngineResult.Refused(run.Refusal!),
        };
    }

    /// <summary>
    /// Applies an action to a dossier on the version it started on. With <paramref name="expectedRevision"/> (what the
    /// caller read), an action on a dossier that moved since is a conflict and changes nothing.
    /// </summary>
    public async Task<EngineResult> ActAsync(string dossierId, Stimulus stimulus, int? expectedRevision = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dossierId);
        ArgumentNullException.ThrowIfNull(stimulus);
        var s = await _started.Value.WaitAsync(cancellationToken);
        // First from this node's copy; when that was stale (a conflict, or a refusal the stored dossier may not give),
        // once more from the database.
        for (var fromStore = false; ; fromStore = true)
        {
            var cached = fromStore ? null : s.Recent.Find(dossierId, expectedRevision);
            if ((cached ?? await s.Dossiers.LoadAsync(dossierId, cancellationToken)) is not { } stored)
                return EngineResult.NotFound(RefusalCatalogue.NoSuchDossier.With(dossierId));
            if (expectedRevision is { } expected && expected != stored.Revision)
                return EngineResult.Conflict(stored, RefusalCatalogue.StaleRevision.With(dossierId, Number(stored.Revision), Number(expected)));
            var instance = stored.Instance;
            if (await s.Versions.FindAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken) is not { } definition)
                return EngineResult.Refused(RefusalCatalogue.VersionNotStored.With(instance.Reference, Number(instance.DefinitionVersion), instance.DefinitionId), stored);

            var (saved, run) = await TransitionAsync(s, definition, instance, stimulus, cancellationToken);
            if (!run.Accepted && cached is not null) continue;
            if (!run.Accepted) return EngineResult.Refused(run.Refusal!, stored);
            if (saved.Status == SaveStatus.Saved) return EngineResult.Done(s.Recent.Remember(new StoredDossier(run.Instance!, saved.Revision)));
            s.Recent.Forget(dossierId);
            if (cached is not null) continue;
            return saved.Status == SaveStatus.Conflict
                ? EngineResult.Conflict(await s.Dossiers.LoadAsync(dossierId, cancellationToken),
                    RefusalCatalogue.StaleRevision.With(dossierId, Number(saved.Revision), Number(stored.Revision)))
                : EngineResult.NotFound(RefusalCatalogue.NoSuchDossier.With(dossierId));
        }
    }

    /// <summary>
    /// Runs one transition and saves it. A dossier not numbered yet may be received by it, so it runs inside its write,
    /// with the number taken in the same transaction (Circular 01/2018 Art. 19: the number carries the receipt date).
    /// </summary>
    private async Task<(SaveOutcome Saved, RunResult Run)> TransitionAsync(Started s, Workflows.WorkflowDefinition definition,
        Runtime.State.WorkflowInstance instance, Stimulus stimulus, CancellationToken cancellationToken)
    {
        if (!DossierNumber.Awaited(instance))
        {
            var run = s.Runtime.Resume(definition, instance, stimulus);
            return (run.Accepted ? await s.Dossiers.SaveResumeAsync(instance, run, cancellationToken) : new(SaveStatus.NotSaved, instance.Revision), run);
        }
        // The number carries the code of the receiving office: the receiving agency's, else the dossier's executing agency's.
        var agency = DossierAgency.NumberingCode(definition.Facts, instance.ExecutingAgency ?? definition.Facts.ExecutingAgency);
        if (string.IsNullOrWhiteSpace(agency)) return (new(SaveStatus.NotSaved, instance.Revision), RunResult.Reject(instance, RefusalCatalogue.NoAgencyCode.With(definition.Facts.Code)));
        var (saved, receipt) = await s.Dossiers.SaveReceiptAsync(instance, new DossierNumbering(agency, () => VietnamTime.Now(_options.Clock).Date),
            number => s.Runtime.Resume(definition, instance, stimulus, number), cancellationToken);
        return (saved, receipt!);
    }

    public async Task<StoredDossier?> ReadAsync(string dossierId, CancellationToken cancellationToken = default)
    {
        var s = await _started.Value.WaitAsync(cancellationToken);
        return await s.Dossiers.LoadAsync(dossierId, cancellationToken);
    }

    /// <summary>What waits at a unit or an agency, late first.</summary>
    public async Task<IReadOnlyList<WorkItem>> InboxAsync(string unitOrAgency, CancellationToken cancellationToken = default)
    {
        var s = await _started.Value.WaitAsync(cancellationToken);
        return await s.Work.InboxAsync(unitOrAgency, VietnamTime.Now(_options.Clock), cancellationToken);
    }

    /// <summary>Deadline warnings and overdue marks raised by the timers, for a unit or an agency (all when null).</summary>
    public async Task<IReadOnlyList<RaisedWarning>> WarningsAsync(string? unitOrAgency = null, CancellationToken cancellationToken = default)
    {
        var s = await _started.Value.WaitAsync(cancellationToken);
        return await s.Work.WarningsAsync(unitOrAgency, cancellationToken);
    }

    /// <summary>
    /// The one-stop statistics of a period (received, carried over, to handle, in progress late / due soon / not yet due,
    /// resolved late / on time, returned, late rate), in total and by procedure, agency or channel; judged at the
    /// period's end, or now while it runs. A period that ends before it starts is refused (PRC5074).
    /// </summary>
    public async Task<EngineAnswer<StatisticsReport>> StatisticsAsync(StatisticsQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Problem is { } problem) return EngineAnswer<StatisticsReport>.Refused(problem);
        var s = await _started.Value.WaitAsync(cancellationToken);
        return EngineAnswer<StatisticsReport>.Of(await s.Statistics.QueryAsync(query, VietnamTime.Now(_options.Clock), cancellationToken));
    }

    /// <summary>
    /// The dossiers <paramref name="agencyCode"/> received in a period, with their definition versions, for the register
    /// (Circular 01/2018 form 06). Refused when the period ends before it starts (PRC5074) or a dossier's version is not
    /// stored (PRC5064).
    /// </summary>
    public async Task<EngineAnswer<DossierRegister>> RegisterAsync(string agencyCode, LocalDate from, LocalDate to, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agencyCode);
        if (new StatisticsQuery(from, to).Problem is { } problem) return EngineAnswer<DossierRegister>.Refused(problem);
        var s = await _started.Value.WaitAsync(cancellationToken);
        var entries = new List<RegisterEntry>();
        foreach (var instance in await s.Statistics.RegisterAsync(agencyCode, from, to, cancellationToken))
        {
            if (await s.Versions.FindAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken) is not { } definition)
                return EngineAnswer<DossierRegister>.Refused(RefusalCatalogue.VersionNotStored.With(instance.Reference, Number(instance.DefinitionVersion), instance.DefinitionId));
            entries.Add(new RegisterEntry(instance, definition));
        }
        return EngineAnswer<DossierRegister>.Of(new DossierRegister(agencyCode, from, to, entries));
    }

    /// <summary>
    /// Fires every timer that is due and not fired: a period's end, or a silence that deems a step approved, moves its
    /// dossier on (an officer who decided first cancelled that timer); a warning or an overdue mark is
    /// stored for the inbox. Each fires once however many nodes call this at the same moment (the transition or the
    /// claim decides), and a timer missed while no node ran is due at the first call after start. Returns how many
    /// this call fired.
    /// </summary>
    public async Task<int> FireDueTimersAsync(CancellationToken cancellationToken = default)
    {
        var s = await _started.Value.WaitAsync(cancellationToken);
        var fired = 0;
        while (true)
        {
            var now = Instant.FromDateTimeOffset(_options.Clock.GetUtcNow());
            var due = await s.Timers.DueAsync(now, TimerBatch, cancellationToken);
            var before = fired;
            foreach (var timer in due)
                if (await FireAsync(s, timer, now, cancellationToken)) fired++;
            // A batch that fired nothing was all taken by other nodes or set aside: the next poll looks again.
            if (due.Count < TimerBatch || fired == before) return fired;
        }
    }

    private async Task<bool> FireAsync(Started s, Persistence.Rows.TimerRow timer, Instant now, CancellationToken cancellationToken)
    {
        // A period's end and a silence that deems approval move the dossier on; the others only raise a mark.
        var purpose = Enum.Parse<TimerPurpose>(timer.Purpose);
        if (purpose is not (TimerPurpose.PeriodEnds or TimerPurpose.SilenceEnds))
            return await s.Timers.RaiseAsync(timer, overdue: purpose == TimerPurpose.Overdue, now, cancellationToken);

        for (var attempt = 0; attempt < 3; attempt++)
        {
            var result = await ActAsync(timer.DossierId, new BookmarkResumed(timer.BookmarkId!), cancellationToken: cancellationToken);
            switch (result.Status)
            {
                case EngineStatus.Done:
                    return true;
                case EngineStatus.Conflict:
                    continue;
                case EngineStatus.Refused when result.Refusal!.Code == RefusalCatalogue.NoSuchBookmark.Code:
                    // Another node ended the period first: its transition deleted this timer.
                    return false;
                default:
                    _log.LogWarning("Timer {Timer} of dossier {Dossier} was refused and is set aside: {Refusal}",
                        timer.TimerId, timer.DossierId, result.Refusal?.ToString() ?? result.Status.ToString());
                    await s.Timers.SetAsideAsync(timer.TimerId, now, cancellationToken);
                    return false;
            }
        }
        return false;
    }

    private Started Ready() => _started.Value.IsCompletedSuccessfully
        ? _started.Value.Result
        : throw new InvalidOperationException("the engine has not started; await StartAsync first");

    private async Task<Started> StartCore()
    {
        var database = await EngineDatabases.OpenAsync(_options);
        var calendarFolder = _options.CalendarFolder ?? Path.Combine(_options.ProceduresFolder, CalendarDataFolder.FolderName);
        var calendar = CalendarLoader.FromDirectory(calendarFolder);
        if (calendar.HasErrors)
            throw new EngineStartException($"the calendar data in {calendarFolder} has errors:{Environment.NewLine}" +
                string.Join(Environment.NewLine, calendar.Diagnostics.Select(d => d.ToString())));

        var versions = new StoredVersions(new DefinitionVersionStore(database, _options.Clock));
        var library = new ProcedureLibrary(_options.ProceduresFolder, versions);
        var loaded = library.Rescan();
        _log.LogInformation("Procedures in {Folder}: {Live} live, {Published} new version(s), {Rejected} file(s) with errors",
            library.Folder, library.Codes.Count, loaded.Published.Count, loaded.Rejected.Count);
        foreach (var rejected in loaded.Rejected)
            _log.LogWarning("{Path} did not compile; {Code} stays on its last good version", rejected.Path, rejected.Code);

        ProcedureWatcher? watcher = null;
        if (_options.Watch)
        {
            watcher = new ProcedureWatcher(library, _options.Watcher);
            watcher.Published += v => _log.LogInformation("{Code} version {Version} is live (from {Path})", v.Code, v.Definition.Version.Sequence, v.Path);
            watcher.Rejected += r => _log.LogWarning("{Path} did not compile; {Code} stays on its last good version", r.Path, r.Code);
            watcher.Failed += e => _log.LogError(e, "Reloading {Folder} failed; the next change or rescan tries again", library.Folder);
        }

        var conditions = new CompiledConditionEvaluator(new ConditionCache());
        return new Started(
            library, watcher, versions, conditions,
            new DossierRuntime(calendar.Calendar, _options.Clock, conditions),
            new DossierStore(database, calendar.Calendar),
            new RecentDossiers(_options.CachedDossiers),
            new TimerStore(database),
            new WorkQueries(database),
            new DossierStatistics(database));
    }

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        if (!_started.IsValueCreated) return;
        try
        {
            var s = await _started.Value;
            s.Watcher?.Dispose();
            await s.Dossiers.DisposeAsync();
            s.Recent.Dispose();
            s.Conditions.Dispose();
        }
        catch (Exception e) when (e is EngineStartException or DbUpdateException or InvalidOperationException or IOException)
        {
            // It never started; nothing to release.
        }
    }

    private sealed record Started(
        ProcedureLibrary Library,
        ProcedureWatcher? Watcher,
        StoredVersions Versions,
        CompiledConditionEvaluator Conditions,
        DossierRuntime Runtime,
        DossierStore Dossiers,
        RecentDossiers Recent,
        TimerStore Timers,
        WorkQueries Work,
        DossierStatistics Statistics);
}
