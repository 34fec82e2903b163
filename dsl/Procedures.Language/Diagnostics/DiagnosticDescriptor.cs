namespace Procedures.Language.Diagnostics;

/// <summary>One entry of the diagnostics catalogue: a stable code, a default severity, a message template per language and help.</summary>
public sealed record DiagnosticDescriptor(string Code, Severity Severity, string English, string Vietnamese, string Help);
