using Procedures.Calendar;

namespace Procedures.Workflows.Facts;

/// <summary>
/// One result the procedure hands out (kết quả thực hiện): its title, its form, how long it is valid, and the procedure
/// whose document it is when another procedure issues it (<paramref name="ProcedureCode"/>, e.g. <c>1.000362</c>).
/// </summary>
public sealed record ResultDocument(string Title, string? FormCode = null, TimeLimit? Validity = null, string? ProcedureCode = null);

/// <summary>
/// The written refusal a dossier refused after receipt gets back instead of the result (kết quả từ chối): its title and
/// form. A refused dossier's last row and forms carry this title, never a result's.
/// </summary>
public sealed record RefusalResult(string Title, string? FormCode = null)
{
    /// <summary>The title when the procedure names none: "Văn bản từ chối".</summary>
    public static RefusalResult Default { get; } = new("Văn bản từ chối");
}
