using System.Text.Json.Serialization;
using Procedures.Calendar;

namespace Procedures.Workflows.Facts;

/// <summary>
/// One line of a document checklist (thành phần hồ sơ): how many originals (bản chính), copies (bản sao)
/// and certified copies (bản sao chứng thực), the form template if any, and whether it is required.
/// <paramref name="Condition"/> is C# expression text over the dossier's data; it is carried, not evaluated, here.
/// A line with <see cref="Alternatives"/> is "one of the following" (một trong): the applicant supplies one of them.
/// </summary>
public sealed record RequiredDocument(
    string Id,
    string Name,
    string? FormCode = null,
    int Originals = 0,
    int Copies = 0,
    int CertifiedCopies = 0,
    bool IsRequired = true,
    string? Condition = null)
{
    /// <summary>Issued at most this long before the dossier is filed (cấp trong 6 tháng).</summary>
    public TimeLimit? IssuedWithin { get; init; }

    /// <summary>A document issued abroad must carry consular legalisation (hợp pháp hóa lãnh sự).</summary>
    public bool ConsularLegalisation { get; init; }

    /// <summary>A document in a foreign language comes with a certified translation (dịch có chứng thực).</summary>
    public bool CertifiedTranslation { get; init; }

    /// <summary>An electronic copy is accepted (nhận bản điện tử).</summary>
    public bool ElectronicAccepted { get; init; }

    /// <summary>
    /// The database the agency looks the document up in (tra cứu), e.g. "Cơ sở dữ liệu quốc gia về dân cư": the citizen
    /// does not submit it; the officer at receipt checks it there.
    /// </summary>
    public string? LookedUpIn { get; init; }

    /// <summary>Whom the document is about when not the applicant (của "người được đề nghị công nhận").</summary>
    public string? About { get; init; }

    /// <summary>For a "one of" line: the documents any one of which the applicant supplies; empty for a document.</summary>
    public IReadOnlyList<RequiredDocument> Alternatives { get; init; } = [];

    [JsonIgnore]
    public bool IsOneOf => Alternatives.Count > 0;

    /// <summary>Whether the line says more than its counts and form: a property, a look-up, another person.</summary>
    [JsonIgnore]
    public bool HasProperties => IssuedWithin is not null || ConsularLegalisation || CertifiedTranslation || ElectronicAccepted
        || LookedUpIn is not null || About is not null;
}
