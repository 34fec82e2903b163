namespace Procedures.Engine;

/// <summary>The engine cannot start with what it was given (calendar data with errors, say); the message says what to fix.</summary>
public sealed class EngineStartException(string message) : Exception(message);
