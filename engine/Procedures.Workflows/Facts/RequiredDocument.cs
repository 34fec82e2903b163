namespace Procedures.Workflows.Facts;

/// <summary>
/// One line of a document checklist (thành phần hồ sơ): how many originals (bản chính), copies (bản sao)
/// and certified copies (bản sao chứng thực), the form template if any, and whether it is required.
/// <paramref name="Condition"/> is C# expression text over the dossier's data; it is carried, not evaluated, here.
/// </summary>
public sealed record RequiredDocument(
    string Id,
    string Name,
    string? FormCode = null,
    int Originals = 0,
    int Copies = 0,
    int CertifiedCopies = 0,
    bool IsRequired = true,
    string? Condition = null);
