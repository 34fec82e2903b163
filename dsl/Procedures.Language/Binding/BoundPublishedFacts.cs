using Procedures.Calendar;
using Procedures.Language.Text;
using Procedures.Workflows.Facts;

namespace Procedures.Language.Binding;

/// <summary>A code of another procedure as written, for the check that the compilation holds it.</summary>
public sealed record BoundLink(string Code, SourceSpan Span);

/// <summary>A result with its form, validity and the procedure whose document it is.</summary>
public sealed record BoundResult(string Title, string? Form, TimeLimit? Validity, BoundLink? Procedure)
{
    public ResultDocument ToFact() => new(Title, Form, Validity, Procedure?.Code);
}

/// <summary>A requirement (yêu cầu, điều kiện) and the condition that checks it at submission, if any.</summary>
public sealed record BoundRequirement(string Text, BoundCondition? Check)
{
    public Requirement ToFact() => new(Text, Check?.Text);
}

/// <summary>
/// An applicant's window counted from (or back from) a date field of the dossier's data, for the dossiers its condition
/// holds for, refusing a dossier filed outside it unless late filings are accepted.
/// </summary>
public sealed record BoundWindow(ApplicantWindowKind Kind, TimeLimit Period, string Field, BoundCondition? Condition, bool LateAccepted)
{
    public ApplicantWindow ToFact() => new(Kind, Period, Field) { Condition = Condition?.Text, LateAccepted = LateAccepted };
}

/// <summary>A fee by case.</summary>
public sealed record BoundFee(decimal Amount, string Item, BoundCondition? Condition)
{
    public FeeLine ToFact() => new(Amount, Item, Condition?.Text);
}

/// <summary>A payment to the citizen.</summary>
public sealed record BoundPayment(string Title, decimal? Amount, string? AmountText, BoundCondition? Condition, string? Phase)
{
    public Payment ToFact() => new(Title, Amount, AmountText, Condition?.Text, Phase);
}

/// <summary>A duty of the applicant after the result, with the procedure that carries it out.</summary>
public sealed record BoundDuty(string Text, BoundLink? Procedure)
{
    public Duty ToFact() => new(Text, Procedure?.Code);
}
