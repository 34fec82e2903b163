using Procedures.Calendar;
using Procedures.Language.Diagnostics;
using Procedures.Language.Syntax;

namespace Procedures.Language.Binding;

/// <summary>
/// The flow of a procedure's steps: what comes after each step, which steps the receipt reaches, which lead to the
/// return, the longest chain of time limits. The binder checks the flow with it and the compiler lays the flowchart's
/// connections out by it, so the two never disagree about where a step goes.
/// </summary>
public sealed class StepFlow
{
    readonly IReadOnlyList<BoundStep> steps;
    readonly Dictionary<string, BoundStep> byId;

    public StepFlow(IReadOnlyList<BoundStep> steps)
    {
        this.steps = steps;
        byId = steps.GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.First());
    }

    /// <summary>
    /// Whether the step goes on to the step written after it (to the end, when it is the last one): a step that names
    /// no outcome an officer chooses (silence is the timer's), and a posting when no complaint is made; never a branch
    /// or the return.
    /// </summary>
    public static bool GoesOn(BoundStep step) => step.Kind switch
    {
        StepKind.Branch => false,
        StepKind.Post => true,
        StepKind.Return => false,
        _ => step.Outcomes.All(o => o.IsSilence),
    };

    /// <summary>Where a step can go next: its outcomes' steps, and the step after it when it goes on.</summary>
    public static IEnumerable<string> Successors(BoundStep step)
    {
        foreach (var outcome in step.Outcomes)
            if (outcome.Step is { } target)
                yield return target;
        if (GoesOn(step) && step.Next is { } next)
            yield return next;
    }

    /// <summary>Whether the dossier can end at the step: the return, or an outcome that refuses or returns the dossier.</summary>
    public static bool Ends(BoundStep step) =>
        step.Kind == StepKind.Return || step.Outcomes.Any(o => o.Target is OutcomeTargetKind.Refuse or OutcomeTargetKind.ReturnDossier);

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
    /// The longest chain from the first step by <paramref name="cost"/> per step, and its path as
    /// "a → b → c"; a loop back is not counted twice.
    /// </summary>
    public (decimal Cost, string Path) Longest(Func<BoundStep, decimal> cost)
    {
        var memo = new Dictionary<string, (decimal Cost, string Path)>();
        var onStack = new HashSet<string>();

        (decimal, string) From(BoundStep step)
        {
            if (memo.TryGetValue(step.Id, out var known))
                return known;
            onStack.Add(step.Id);
            var best = (Cost: 0m, Path: "");
            foreach (var next in Successors(step).Distinct())
                if (!onStack.Contains(next) && byId.TryGetValue(next, out var nextStep))
                {
                    var candidate = From(nextStep);
                    if (candidate.Item1 > best.Cost || best.Path.Length == 0)
                        best = candidate;
                }
            onStack.Remove(step.Id);
            var result = (best.Cost + cost(step), best.Path.Length == 0 ? step.Id : step.Id + " → " + best.Path);
            memo[step.Id] = result;
            return result;
        }

        return steps.Count == 0 ? (0, "") : From(steps[0]);
    }

    /// <summary>
    /// PRC2008 and PRC2009: every step is reached from the receipt and leads to the return or a refusal; PRC2012: in a
    /// procedure counted in working days, the longest chain of working days fits the deadline.
    /// </summary>
    internal void Check(DiagnosticBag bag, TimeLimit? deadline, KeywordLanguage language)
    {
        var reached = Reachable();
        foreach (var step in steps.Where(s => !reached.Contains(s.Id)))
            bag.Add(DiagnosticCatalogue.UnreachableStep, step.Span, step.Id);
        var finishing = Finishing();
        foreach (var step in steps.Where(s => reached.Contains(s.Id) && !finishing.Contains(s.Id)))
            bag.Add(DiagnosticCatalogue.NoPathToResult, step.Span, step.Id);

        if (deadline is not { Unit: TimeLimitUnit.WorkingDays } limit)
            return;
        var (days, path) = Longest(WorkingDays);
        if (days > limit.Amount)
            bag.Add(DiagnosticCatalogue.StepsExceedDeadline, steps[0].Span, Format(days), path, limit.ToString(language));
    }

    static decimal WorkingDays(BoundStep step)
    {
        static decimal Of(TimeLimit? limit) => limit is { Unit: TimeLimitUnit.WorkingDays } l ? l.Amount : 0;
        return step.Kind switch
        {
            // The agency's clock stops while the applicant has the dossier: the applicant's own limit is not the agency's.
            StepKind.Task when step.Responsible is { Performer: Performer.Applicant } => 0,
            StepKind.Consult when step.Limit is null => step.Consultations.Select(c => Of(c.Limit)).DefaultIfEmpty(0).Max(),
            StepKind.Route when step.Limit is null => step.Route.Sum(r => Of(r.Limit)),
            _ => Of(step.Limit),
        };
    }

    static string Format(decimal value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
