using Procedures.Workflows.Facts;
using System.Collections.Immutable;

namespace Procedures.Expressions;

/// <summary>The conditions of one procedure version and the data they read: what compiles into one assembly.</summary>
public sealed record ProcedureConditions(string Key, ImmutableArray<DataField> Fields, ImmutableArray<string> Conditions)
{
    /// <summary>Identity of the compiled code: equal for equal fields and conditions, whatever the key.</summary>
    public string ContentHash { get; } = Hash(Fields, Conditions);

    static string Hash(ImmutableArray<DataField> fields, ImmutableArray<string> conditions)
    {
        var text = string.Join('\n', fields.Select(f => $"{f.Name}:{f.Type}:{f.Required}:{string.Join('|', f.Values)}"))
            + "\n--\n" + string.Join('\n', conditions);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..16];
    }
}
