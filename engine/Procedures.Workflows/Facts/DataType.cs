namespace Procedures.Workflows.Facts;

/// <summary>The kinds of value a dossier's data field holds, as legal staff declare them.</summary>
public enum DataType
{
    /// <summary>Free text; C# <c>string</c>.</summary>
    Text,
    /// <summary>A whole number; C# <c>long</c>.</summary>
    WholeNumber,
    /// <summary>A number with decimals; C# <c>decimal</c>.</summary>
    Decimal,
    /// <summary>An amount in Vietnamese đồng; C# <c>decimal</c>.</summary>
    Money,
    /// <summary>Yes or no; C# <c>bool</c>.</summary>
    YesNo,
    /// <summary>A calendar date; C# <c>DateOnly</c>.</summary>
    Date,
    /// <summary>One of a listed set of values; C# <c>string</c>.</summary>
    OneOf,
    /// <summary>Several of a listed set of values; <see cref="ValueList"/>.</summary>
    ListOf,
}
