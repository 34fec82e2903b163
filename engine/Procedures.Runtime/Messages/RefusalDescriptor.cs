using System.Globalization;

namespace Procedures.Runtime.Messages;

/// <summary>One entry of the refusal catalogue: a stable code and a message template per language ({0}, {1} … are the arguments).</summary>
public sealed record RefusalDescriptor(string Code, string English, string Vietnamese)
{
    /// <summary>An occurrence of this refusal with its arguments (invariant text: ids, names, ISO dates).</summary>
    public Refusal With(params string[] arguments) => new(Code, [.. arguments]);

    public string Format(MessageLanguage language, IReadOnlyList<string> arguments) =>
        string.Format(CultureInfo.InvariantCulture, language == MessageLanguage.Vietnamese ? Vietnamese : English, [.. arguments]);
}
