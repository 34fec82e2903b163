namespace Procedures.Workflows.Facts;

/// <summary>
/// A duty of the applicant after the result (nghĩa vụ: monthly notices, periodic reports), with the code of the procedure
/// that carries it out when there is one (<c>1.000362</c>).
/// </summary>
public sealed record Duty(string Text, string? ProcedureCode = null);
