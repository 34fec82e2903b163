namespace Procedures.Expressions;

/// <summary>A condition read a field the dossier's data does not give, or gives with the wrong kind of value.</summary>
public sealed class MissingValueException(string field, string expected)
    : Exception($"the dossier's data has no {expected} \"{field}\"")
{
    public string Field { get; } = field;
}
