using System.Text.Json.Serialization;

namespace Procedures.Api.Contracts;

/// <summary>
/// An RFC 9457 problem: <c>type</c> is stable (see the list in README.md), <c>title</c> and <c>detail</c> are in the
/// caller's language. <c>code</c> is the engine's refusal code (PRC5xxx) when it has one, <c>errors</c> maps field paths
/// to what is wrong with them, <c>dossier</c> is the dossier's current state on a conflict.
/// </summary>
public sealed record ApiProblem(string Type, string Title, int Status, string? Detail = null, string? Instance = null)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Code { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? Errors { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DossierView? Dossier { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TraceId { get; init; }
}
