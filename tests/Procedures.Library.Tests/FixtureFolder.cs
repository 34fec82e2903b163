using Procedures.Testing;

namespace Procedures.Library.Tests;

/// <summary>A temporary copy of the fixture procedures that a test may edit; deleted afterwards.</summary>
public sealed class FixtureFolder : IDisposable
{
    public FixtureFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "procedures-library-" + Guid.NewGuid().ToString("N"));
        Fixtures.CopyTo(Path);
    }

    public string Path { get; }

    public string Text(string relative) => File.ReadAllText(Full(relative));

    public void Write(string relative, string text) => File.WriteAllText(Full(relative), text);

    /// <summary>Rewrites a file with one replacement, failing if the text to replace is not there.</summary>
    public void Replace(string relative, string oldText, string newText)
    {
        var text = Text(relative);
        Assert.Contains(oldText, text);
        Write(relative, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public string Full(string relative) => System.IO.Path.Combine(Path, relative);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
