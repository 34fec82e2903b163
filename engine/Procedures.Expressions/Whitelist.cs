using System.Collections.Frozen;
using Microsoft.CodeAnalysis;

namespace Procedures.Expressions;

/// <summary>
/// The members a condition may use, checked on the semantic model: the dossier's data fields, and this short list.
/// dsl/README.md documents it for legal staff; widen it only with members that cannot reach outside the condition.
/// </summary>
static class Whitelist
{
    static readonly FrozenDictionary<string, FrozenSet<string>> Members = new Dictionary<string, FrozenSet<string>>
    {
        ["System.String"] = new[] { "Length", "Contains", "StartsWith", "EndsWith" }.ToFrozenSet(),
        ["System.Math"] = new[] { "Min", "Max", "Abs", "Round" }.ToFrozenSet(),
        ["System.DateOnly"] = new[] { "AddDays", "AddMonths", "AddYears", "Year", "Month", "Day" }.ToFrozenSet(),
        ["System.Nullable`1"] = new[] { "HasValue", "Value", "GetValueOrDefault" }.ToFrozenSet(),
        ["Procedures.Expressions.Generated.ValueList"] = new[] { "Count", "Contains" }.ToFrozenSet(),
    }.ToFrozenDictionary();

    /// <summary>Types a condition may name as the receiver of a static member (only <c>Math</c>).</summary>
    public static bool IsAllowedType(ITypeSymbol type) => Name(type) == "System.Math";

    public static bool IsAllowedMember(ISymbol member)
    {
        if (member is IMethodSymbol { ReducedFrom: not null })
            return false; // extension methods (LINQ and the like) are not on the list
        var type = member.ContainingType;
        return type is not null && Members.TryGetValue(Name(type), out var names) && names.Contains(member.Name)
            && member is not IMethodSymbol { IsGenericMethod: true } && !HasTypeOrDelegateParameter(member);
    }

    /// <summary><c>Contains(string, StringComparison)</c> and the like would need a type name; only plain overloads pass.</summary>
    static bool HasTypeOrDelegateParameter(ISymbol member) => member is IMethodSymbol method
        && method.Parameters.Any(p => p.Type.TypeKind is TypeKind.Delegate or TypeKind.Enum || p.RefKind != RefKind.None);

    static string Name(ITypeSymbol type) => type.ContainingNamespace is { IsGlobalNamespace: false } ns
        ? $"{ns.ToDisplayString()}.{type.MetadataName}"
        : type.MetadataName;
}
