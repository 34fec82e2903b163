using Procedures.Language.Text;

namespace Procedures.Language.Tests;

/// <summary>
/// Checks procedure text as <c>procedures check test.proc</c> does: the file under test (after any other
/// files a test needs) and then the frozen copies of the shared catalogues (tests/Fixtures/procedures/catalogue/*.proc).
/// </summary>
static class Checker
{
    public const string TestPath = "test.proc";

    static readonly Lazy<IReadOnlyList<SourceFile>> catalogue = new(Fixtures.Catalogue);

    /// <summary>The frozen catalogue copies in tests/Fixtures/procedures/catalogue/.</summary>
    public static IReadOnlyList<SourceFile> CatalogueFiles => catalogue.Value;

    public static Compilation Compile(SourceFile file, params IEnumerable<SourceFile> others) =>
        Compilation.Create([.. others, file, .. CatalogueFiles]);

    /// <summary>
    /// Every diagnostic of the compilation as the checker prints it. The catalogue files are clean on their
    /// own, so any line is caused by the text under test, even one reported in a catalogue file.
    /// </summary>
    public static string[] Check(SourceFile file, params IEnumerable<SourceFile> others) =>
        Compile(file, others).Diagnostics.Select(d => d.ToString()).ToArray();

    public static string[] Check(string text, params IEnumerable<SourceFile> others) => Check(new SourceFile(TestPath, text), others);
}
