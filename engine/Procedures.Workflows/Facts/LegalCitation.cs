namespace Procedures.Workflows.Facts;

/// <summary>A rule's source as a procedure cites it: the legal document and, if given, the article (e.g. <c>"Nghị định 28/2015/NĐ-CP"</c>, <c>"18"</c>).</summary>
public sealed record LegalCitation(string Document, string? Article = null);
