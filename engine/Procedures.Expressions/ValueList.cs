using System.Collections.Immutable;

namespace Procedures.Expressions;

/// <summary>
/// The value of a "list of" field as conditions see it: only <see cref="Count"/> and <see cref="Contains"/>, the two
/// members the condition whitelist allows on a list.
/// </summary>
public sealed class ValueList(ImmutableArray<string> items)
{
    public ImmutableArray<string> Items { get; } = items;

    public int Count => Items.Length;

    public bool Contains(string value) => Items.Contains(value, StringComparer.Ordinal);
}
