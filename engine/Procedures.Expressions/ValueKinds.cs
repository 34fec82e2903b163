using Microsoft.CodeAnalysis;

namespace Procedures.Expressions;

/// <summary>A C# type named the way legal staff declared it: the words the messages translate.</summary>
static class ValueKinds
{
    public static string Of(ITypeSymbol? type)
    {
        if (type is null) return "nothing";
        var nullable = type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } n;
        var inner = nullable ? ((INamedTypeSymbol)type).TypeArguments[0] : type;
        var word = inner.SpecialType switch
        {
            SpecialType.System_String => "text",
            SpecialType.System_Boolean => "yes-no",
            SpecialType.System_Int16 or SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Byte
                or SpecialType.System_UInt16 or SpecialType.System_UInt32 or SpecialType.System_UInt64 or SpecialType.System_SByte => "whole-number",
            SpecialType.System_Decimal or SpecialType.System_Double or SpecialType.System_Single => "number",
            SpecialType.System_Char => "text",
            _ when inner.Name == "DateOnly" => "date",
            _ when inner.Name == "ValueList" => "list",
            _ => inner.ToDisplayString(),
        };
        return nullable ? word + "?" : word;
    }
}
