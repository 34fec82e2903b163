using Procedures.Runtime.Messages;

namespace Procedures.Api.Problems;

/// <summary>
/// One kind of problem the API reports (RFC 9457): a stable <see cref="Uri"/> clients switch on, its HTTP status, and a
/// title in each language. Never renamed; a retired type stays unused.
/// </summary>
public sealed record ProblemType(string Slug, int Status, string English, string Vietnamese, string Meaning)
{
    public const string Prefix = "urn:procedures:problem:";

    public string Uri => Prefix + Slug;

    public string Title(MessageLanguage language) => language == MessageLanguage.English ? English : Vietnamese;
}
