namespace Procedures.Workflows.Facts;

/// <summary>One entry of the legal basis (căn cứ pháp lý), e.g. <c>28/2015/NĐ-CP</c>, article <c>18</c>.</summary>
public sealed record LegalBasisEntry(string DocumentCode, string Name, string? Article = null);
