namespace Procedures.Language.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
