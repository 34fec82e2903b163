namespace Procedures.Expressions;

/// <summary>Why a condition is refused. The language turns each kind into a catalogued diagnostic in the file's language.</summary>
public enum ConditionProblemKind
{
    /// <summary>Not C#: Roslyn's syntax error (argument 0: its message).</summary>
    Syntax,
    /// <summary>More than one expression, or a statement: a condition is a single expression.</summary>
    NotOneExpression,
    /// <summary>Longer or more deeply nested than a condition may be.</summary>
    TooComplex,
    /// <summary>A name that is no field of the dossier's data (argument 0: the name).</summary>
    UnknownName,
    /// <summary>Values of kinds that do not go together (argument 0: Roslyn's message; 1 and 2: the kinds when known).</summary>
    TypeMismatch,
    /// <summary>The condition's value is not yes/no (argument 0: the kind it has).</summary>
    NotYesNo,
    /// <summary>A C# construct conditions may not use (argument 0: which: lambda, new, typeof, …).</summary>
    NotAllowed,
    /// <summary>A type or member outside the whitelist (argument 0: its name).</summary>
    MemberNotAllowed,
    /// <summary>A preprocessor directive (#r, #load, …).</summary>
    Directive,
    /// <summary>Any other compile error (argument 0: Roslyn's message).</summary>
    Semantic,
    /// <summary>A field Elsa's C# cannot read as <c>Input.Name</c> (argument 0: the name; 1: a name it can read). See <see cref="ElsaConditions"/>.</summary>
    NotReadableByElsa,
}
