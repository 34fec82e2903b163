using System.Globalization;

namespace Procedures.Runtime.State;

/// <summary>
/// Bookmark ids are derived, never random: the same dossier run the same way gets the same ids, so a replayed run
/// (a host retrying after a crash) finds the bookmarks it already stored. The revision that created the bookmark
/// tells apart a step entered again later (a loop back, a second completion request).
/// </summary>
public static class BookmarkIds
{
    public static string For(string dossierId, int revision, string activityId, BookmarkKind kind, string? agency) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{dossierId}/r{revision}/{activityId}/{kind}{(agency is null ? "" : "/" + agency)}");

    /// <summary>
    /// The id of a bookmark made again at <paramref name="revision"/> because its due time moved (a stopped clock resumed):
    /// a new id, so the timers named after it are cancelled and scheduled again at the new time.
    /// </summary>
    public static string Renewed(string id, string dossierId, int revision)
    {
        ArgumentNullException.ThrowIfNull(id);
        var prefix = dossierId + "/r";
        var rest = id.StartsWith(prefix, StringComparison.Ordinal) ? id.IndexOf('/', prefix.Length) : -1;
        return rest < 0 ? id : string.Create(CultureInfo.InvariantCulture, $"{prefix}{revision}{id[rest..]}");
    }

    /// <summary>The bookmark of one outcome with a time limit of its own, beside its step's: <c>…/OfficerDecision#outcome</c>.</summary>
    public static string ForOutcome(string dossierId, int revision, string activityId, string outcome) =>
        For(dossierId, revision, activityId, BookmarkKind.OfficerDecision, null) + "#" + outcome;
}
