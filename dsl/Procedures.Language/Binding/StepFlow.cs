using System.Globalization;
using Procedures.Calendar;
using Procedures.Language.Diagnostics;
using Procedures.Language.Syntax;
using Procedures.Language.Text;

namespace Procedures.Language.Binding;

/// <summary>
/// The flow of a procedure's steps: what comes after each step, which steps the receipt reaches, which lead to the
/// return, which always come before which, and how long the chains of time limits are. The binder checks the flow
/// with it and the compiler lays the flowchart's connections out by it, so the two never disagree about where a step
/// goes.
/// </summary>
public sealed class StepFlow
{
    readonly IReadOnlyList<BoundStep> steps;
    readonly IReadOnlyList<BoundPhase> phases;
    readonly Dictionary<string, BoundStep> byId;
    readonly HashSet<string> midWay;

    public StepFlow(IReadOnlyList<BoundStep> steps, IReadOnlyList<BoundPhase>? phases = null)
    {
        this.steps = steps;
        this.phases = phases ?? [];
        byId = steps.GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.First());
        var last = this.phases.Count > 0 ? this.phases[^1].Id : null;
        midWay = [.. steps.Where(s => s.Kind == StepKind.Return && s.Phase is { } phase && phase != last).Select(s => s.Id)];
    }

    /// <summary>A return in a phase that is not the last: it hands out the phase's result and the dossier goes on.</summary>
    public bool IsMidWay(BoundStep step) => midWay.Contains(step.Id);

    /// <summary>
    /// Whether the step goes on to the step written after it (to the end, when it is the last one): a step that names
    /// no outcome an officer chooses (silence is the timer's), a posting when no complaint is made, a return mid-way;
    /// never a branch or the final return.
    /// </summary>
    public bool GoesOn(BoundStep step) => step.Kind switch
    {
        StepKind.Branch => false,
        StepKind.Post => true,
        StepKind.Return => IsMidWay(step),
        _ => step.Outcomes.All(o => o.IsSilence),
    };

    /// <summary>Where a step can go next: its outcomes' steps, and the step after it when it goes on.</summary>
    public IEnumerable<string> Successors(BoundStep step)
    {
        foreach (var outcome in step.Outcomes)
            if (outcome.Step is { } target)
                yield return target;
        if (GoesOn(step) && step.Next is { } next)
            yield return next;
    }

    /// <summary>Whether the dossier can end at the step: the final return, or an outcome that refuses or returns the dossier.</summary>
    public bool Ends(BoundStep step) =>
        (step.Kind == StepKind.Return && !IsMidWay(step)) || step.Outcomes.Any(o => o.Target is OutcomeTargetKind.Refuse or OutcomeTargetKind.ReturnDossier);

    /// <summary>The ids of the steps the first step reaches, itself included.</summary>
    public IReadOnlySet<string> Reachable()
    {
        var reached = new HashSet<string>();
        if (steps.Count == 0)
            return reached;
        var queue = new Queue<string>([steps[0].Id]);
        while (queue.TryDequeue(out var id))
            if (reached.Add(id) && byId.TryGetValue(id, out var step))
                foreach (var next in Successors(step))
                    queue.Enqueue(next);
        return reached;
    }

    /// <summary>The ids of the steps from which the dossier can end (<see cref="Ends"/>).</summary>
    public IReadOnlySet<string> Finishing()
    {
        var finishing = new HashSet<string>(steps.Where(Ends).Select(s => s.Id));
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var step in steps)
                if (!finishing.Contains(step.Id) && Successors(step).Any(finishing.Contains))
                    changed |= finishing.Add(step.Id);
        }
        return finishing;
    }

    /// <summary>
    /// For each step the receipt reaches, the steps that lie on every path from the receipt to it (itself included):
    /// the steps that always come before it.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> AlwaysBefore()
    {
        var reached = Reachable();
        var preds = reached.ToDictionary(id => id, _ => new List<string>());
        foreach (var id in reached)
            foreach (var next in Successors(byId[id]).Where(reached.Contains))
                preds[next].Add(id);
        var root = steps[0].Id;
        var dominators = reached.ToDictionary(id => id, id => id == root ? new HashSet<string> { root } : new HashSet<string>(reached));
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var step in steps.Where(s => reached.Contains(s.Id) && s.Id != root))
            {
                var common = preds[step.Id].Count == 0 ? [] : new HashSet<string>(dominators[preds[step.Id][0]]);
                foreach (var p in preds[step.Id].Skip(1))
                    common.IntersectWith(dominators[p]);
                common.Add(step.Id);
                if (!common.SetEquals(dominators[step.Id]))
                {
                    dominators[step.Id] = common;
                    changed = true;
                }
            }
        }
        return dominators.ToDictionary(d => d.Key, d => (IReadOnlySet<string>)d.Value);
    }

    /// <summary>The procedure's deadline as the flow checks it: its limit, the step it is counted from, where the file states it.</summary>
    internal sealed record Deadline(TimeLimit? Limit, BoundAnchor? From, SourceSpan? Span);

    /// <summary>
    /// PRC2008 and PRC2009: every step is reached from the receipt and leads to the return or a refusal. PRC2040 and
    /// PRC2041: a limit counted from a step needs that step always to come first. PRC2012, PRC2045 and PRC2046: the
    /// chains of time limits fit the procedure's deadline, each phase's own, and the phases the deadline.
    /// </summary>
    internal void Check(DiagnosticBag bag, Deadline deadline, KeywordLanguage language)
    {
        var reached = Reachable();
        foreach (var step in steps.Where(s => !reached.Contains(s.Id)))
            bag.Add(DiagnosticCatalogue.UnreachableStep, step.Span, step.Id);
        var finishing = Finishing();
        foreach (var step in steps.Where(s => reached.Contains(s.Id) && !finishing.Contains(s.Id)))
            bag.Add(DiagnosticCatalogue.NoPathToResult, step.Span, step.Id);

        var vi = language == KeywordLanguage.Vietnamese;
        var before = AlwaysBefore();
        bool Earlier(BoundAnchor anchor, string step) => anchor.Step != step && before.TryGetValue(step, out var set) && set.Contains(anchor.Step);
        foreach (var step in steps.Where(s => s.LimitFrom is not null && reached.Contains(s.Id)))
            if (!Earlier(step.LimitFrom!, step.Id))
                bag.Add(DiagnosticCatalogue.AnchorNotEarlier, step.LimitFrom!.Span, vi ? $"thời hạn của bước \"{step.Id}\"" : $"the time limit of step \"{step.Id}\"", step.LimitFrom.Step);
        foreach (var phase in phases.Where(p => p.From is not null && p.Steps.Count > 0 && reached.Contains(p.Steps[0])))
            if (!Earlier(phase.From!, phase.Steps[0]))
                bag.Add(DiagnosticCatalogue.AnchorNotEarlier, phase.From!.Span, vi ? $"thời hạn của giai đoạn \"{phase.Id}\"" : $"the time limit of phase \"{phase.Id}\"", phase.From.Step);
        var returns = steps.Where(s => s.Kind == StepKind.Return && !IsMidWay(s) && reached.Contains(s.Id)).ToList();
        var deadlineFrom = deadline.From;
        if (deadlineFrom is not null && returns.Any(r => !Earlier(deadlineFrom, r.Id)))
        {
            bag.Add(DiagnosticCatalogue.DeadlineAnchorNotOnEveryPath, deadlineFrom.Span, deadlineFrom.Step);
            deadlineFrom = null;
        }

        if (deadline.Limit is not { IsCalendarPeriod: false } limit)
            return;
        var fit = new Fit(this, before, language);
        if (phases.Count == 0)
        {
            var chain = deadlineFrom is null ? fit.Longest(limit.Unit, steps[0].Id, countOrigin: true, null) : fit.Longest(limit.Unit, deadlineFrom.Step, countOrigin: false, null);
            if (chain is { } c && c.Amount > limit.Amount)
                bag.Add(DiagnosticCatalogue.StepsExceedDeadline, steps[0].Span, fit.Text(c, limit.Unit), c.Path, limit.ToString(language));
            return;
        }
        foreach (var phase in phases.Where(p => p.Limit is not null && p.Steps.Count > 0))
        {
            var own = phase.Limit!;
            var members = phase.Steps.ToHashSet();
            var chain = phase.From is { } from && Earlier(from, phase.Steps[0])
                ? fit.Longest(own.Unit, from.Step, countOrigin: false, members)
                : fit.Longest(own.Unit, null, countOrigin: true, members);
            if (chain is { } c && c.Amount > own.Amount)
                bag.Add(DiagnosticCatalogue.PhaseStepsExceedLimit, phase.Span, phase.Id, fit.Text(c, own.Unit), c.Path, own.ToString(language));
        }
        var total = phases.Where(p => p.From is null && p.Limit is not null).Select(p => Convert(p.Limit, limit.Unit)).ToList();
        if (total.Count > 0 && total.Sum(t => t.Amount) is var sum && sum > limit.Amount)
            bag.Add(DiagnosticCatalogue.PhasesExceedDeadline, deadline.Span ?? phases[0].Span,
                fit.Text(new Chain(sum, "", total.Any(t => t.Converted)), limit.Unit), limit.ToString(language));
    }

    /// <summary>A limit in working days (a week of 7 days has 5; a working day 8 hours); null for months and years.</summary>
    public static decimal? InWorkingDays(TimeLimit limit) =>
        limit.IsCalendarPeriod ? null : Convert(limit, TimeLimitUnit.WorkingDays).Amount;

    /// <summary>
    /// A limit in another unit: a week of 7 days has 5 working days, a working day 8 office hours (documented in
    /// dsl/README.md). Months and years are not processing time and count nothing.
    /// </summary>
    static (decimal Amount, bool Converted) Convert(TimeLimit? limit, TimeLimitUnit unit)
    {
        if (limit is null || limit.IsCalendarPeriod)
            return (0, false);
        if (limit.Unit == unit)
            return (limit.Amount, false);
        var workingDays = limit.Unit switch
        {
            TimeLimitUnit.CalendarDays => limit.Amount * 5 / 7,
            TimeLimitUnit.Hours => limit.Amount / 8,
            _ => limit.Amount,
        };
        return (unit switch
        {
            TimeLimitUnit.CalendarDays => workingDays * 7 / 5,
            TimeLimitUnit.Hours => workingDays * 8,
            _ => workingDays,
        }, true);
    }

    /// <summary>A chain of steps: how long it takes, its steps as "a → b → c", whether a unit was converted on the way.</summary>
    sealed record Chain(decimal Amount, string Path, bool Converted);

    /// <summary>
    /// The longest chains of time limits, counted forward over the flow with the loops back left out. An await counts
    /// nothing (the agency's clock stops); a step counted from an earlier step ends when that step's end plus its limit
    /// comes, or when it starts, whichever is later.
    /// </summary>
    sealed class Fit(StepFlow flow, IReadOnlyDictionary<string, IReadOnlySet<string>> before, KeywordLanguage language)
    {
        readonly (List<string> Order, Dictionary<string, List<string>> Preds) dag = flow.Acyclic();

        /// <summary>
        /// The longest chain from <paramref name="origin"/> (its own limit counted or not), or, without one, from the
        /// steps of <paramref name="within"/> that nothing inside it leads to; measured over <paramref name="within"/>
        /// when given, else over every step reached.
        /// </summary>
        public Chain? Longest(TimeLimitUnit unit, string? origin, bool countOrigin, IReadOnlySet<string>? within)
        {
            var finish = new Dictionary<string, (decimal At, string? Before, bool Converted)>();
            foreach (var id in dag.Order)
            {
                var step = flow.byId[id];
                var own = Cost(step, unit);
                var preds = dag.Preds[id].Where(p => finish.ContainsKey(p) && (origin is not null || within is null || within.Contains(p))).ToList();
                if (id == origin)
                {
                    finish[id] = countOrigin ? (own.Amount, null, own.Converted) : (0, null, false);
                    continue;
                }
                if (preds.Count == 0)
                {
                    if (origin is null && within is not null && within.Contains(id))
                        finish[id] = (own.Amount, null, own.Converted);
                    continue;
                }
                var best = preds.Aggregate((a, b) => finish[b].At > finish[a].At ? b : a);
                var start = finish[best];
                var end = start.At + own.Amount;
                var converted = start.Converted || own.Converted;
                if (step.LimitFrom is { } anchor && finish.TryGetValue(anchor.Step, out var from) && before[id].Contains(anchor.Step)
                    && Convert(step.Limit, unit) is var limit)
                {
                    end = Math.Max(start.At, from.At + limit.Amount);
                    converted = start.Converted || from.Converted || limit.Converted;
                }
                finish[id] = (end, best, converted);
            }
            var measured = finish.Where(f => f.Key != origin || countOrigin).Where(f => within is null || within.Contains(f.Key)).ToList();
            if (measured.Count == 0)
                return null;
            // On a tie the chain that goes furthest: the return after a signing that takes no time of its own.
            var last = measured.Aggregate((a, b) => b.Value.At >= a.Value.At ? b : a);
            var path = new List<string>();
            for (var id = last.Key; id is not null && (id != origin || countOrigin); id = finish[id].Before)
                path.Add(id);
            path.Reverse();
            return new Chain(last.Value.At, string.Join(" → ", path), last.Value.Converted);
        }

        /// <summary>"27.14 working days (counting …)" in the file's language.</summary>
        public string Text(Chain chain, TimeLimitUnit unit)
        {
            var vi = language == KeywordLanguage.Vietnamese;
            var word = unit switch
            {
                TimeLimitUnit.CalendarDays => TokenKind.Days,
                TimeLimitUnit.Hours => TokenKind.Hours,
                _ => TokenKind.WorkingDays,
            };
            var amount = chain.Amount.ToString("0.##", CultureInfo.InvariantCulture);
            var text = amount + " " + KeywordTable.Instance.Spell(KeywordTable.ForCount(word, amount == "1"), language);
            if (!chain.Converted)
                return text;
            return text + (vi
                ? " (tính 7 ngày bằng 5 ngày làm việc, 1 ngày làm việc bằng 8 giờ)"
                : " (counting 7 days as 5 working days and a working day as 8 hours)");
        }

        static (decimal Amount, bool Converted) Cost(BoundStep step, TimeLimitUnit unit) => step.Kind switch
        {
            StepKind.Await => (0, false),
            // The agency's clock stops while the applicant has the dossier: the applicant's own limit is not the agency's.
            StepKind.Task when step.Responsible is { Performer: Performer.Applicant } => (0, false),
            StepKind.Consult when step.Limit is null => step.Consultations.Select(c => Convert(c.Limit, unit))
                .DefaultIfEmpty((0, false)).Aggregate((a, b) => b.Amount > a.Amount ? b : a),
            StepKind.Route when step.Limit is null => step.Route.Select(r => Convert(r.Limit, unit))
                .Aggregate((0m, false), (sum, r) => (sum.Item1 + r.Amount, sum.Item2 || r.Converted)),
            _ => Convert(step.Limit, unit),
        };
    }

    /// <summary>
    /// The steps the receipt reaches in an order where every step comes after those leading to it, and for each the
    /// steps leading to it, without the links that loop back (to a step still being walked from the receipt).
    /// </summary>
    (List<string> Order, Dictionary<string, List<string>> Preds) Acyclic()
    {
        var order = new List<string>();
        var preds = new Dictionary<string, List<string>>();
        var state = new Dictionary<string, bool>(); // false: being walked; true: done
        void Walk(string id)
        {
            state[id] = false;
            preds.TryAdd(id, []);
            foreach (var next in Successors(byId[id]).Distinct().Where(byId.ContainsKey))
            {
                if (state.TryGetValue(next, out var done) && !done)
                    continue; // a loop back
                preds.TryAdd(next, []);
                preds[next].Add(id);
                if (!state.ContainsKey(next))
                    Walk(next);
            }
            state[id] = true;
            order.Add(id);
        }
        if (steps.Count > 0)
            Walk(steps[0].Id);
        order.Reverse();
        return (order, preds);
    }
}
