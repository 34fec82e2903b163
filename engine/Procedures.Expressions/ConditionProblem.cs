using System.Collections.Immutable;

namespace Procedures.Expressions;

/// <summary>A problem in one condition, located by offset and length inside the condition's text.</summary>
public sealed record ConditionProblem(ConditionProblemKind Kind, int Offset, int Length, ImmutableArray<string> Arguments)
{
    public static ConditionProblem Of(ConditionProblemKind kind, int offset, int length, params string[] arguments) =>
        new(kind, offset, length, [.. arguments]);
}
