namespace Procedures.Cli;

static class Count
{
    /// <summary>"1 error", "2 errors".</summary>
    public static string Of(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
