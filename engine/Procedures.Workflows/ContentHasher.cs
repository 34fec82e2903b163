using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Procedures.Workflows.Facts;
using Procedures.Workflows.Serialization;

namespace Procedures.Workflows;

/// <summary>SHA-256 (first 16 hex characters) of the canonical JSON of everything but the version and the flags.</summary>
public static class ContentHasher
{
    public static string Compute(string definitionId, string name, ProcedureFacts facts, Flowchart root)
    {
        var canonical = JsonSerializer.Serialize(new CanonicalContent(definitionId, name, facts, root), WorkflowJson.Options);
        return Hex16(canonical);
    }

    /// <summary>First 16 lower-case hex characters of the SHA-256 of <paramref name="text"/> in UTF-8.</summary>
    public static string Hex16(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];

    private sealed record CanonicalContent(string DefinitionId, string Name, ProcedureFacts Facts, Flowchart Root);
}
