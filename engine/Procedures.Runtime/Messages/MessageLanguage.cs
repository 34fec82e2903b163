namespace Procedures.Runtime.Messages;

/// <summary>The language a host shows the engine's messages in: the caller's, or the procedure file's.</summary>
public enum MessageLanguage
{
    English,
    Vietnamese,
}
