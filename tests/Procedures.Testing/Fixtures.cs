using Procedures.Language.Text;

namespace Procedures.Testing;

/// <summary>
/// The frozen copies under <c>tests/Fixtures/procedures/</c> that tests read: catalogues, calendar data and a few
/// procedures, laid out as <c>procedures/</c> is. Tests read these rather than the live files, so that a legal
/// edit under <c>procedures/</c> fails only the edited procedure's own snapshot.
/// </summary>
public static class Fixtures
{
    public static string Folder { get; } = Path.Combine(RepositoryFiles.Root, "tests", "Fixtures", "procedures");

    public static string CalendarFolder => Path.Combine(Folder, "calendar");

    /// <summary>Unemployment benefit, 1.001978, in English keywords.</summary>
    public const string Unemployment = "viec-lam/1.001978.proc";

    /// <summary>Monthly social allowance, 1.001776: cases, a public posting with complaints.</summary>
    public const string SocialAllowance = "bao-tro-xa-hoi/1.001776.proc";

    /// <summary>"Tổ quốc ghi công" certificate, 1.010772, in Vietnamese keywords.</summary>
    public const string MeritCertificate = "nguoi-co-cong/1.010772.proc";

    /// <summary>Support for trafficking victims at district level, 2.001661: abolished on 2025-07-01.</summary>
    public const string Abolished = "phong-chong-te-nan-xa-hoi/2.001661.proc";

    /// <summary>
    /// Procedures that say time (an await, limits counted from a step, phases, outcome limits), kept beside the procedure
    /// fixtures rather than among them so that the tests that copy the fixture folder see the same folder as before.
    /// Read them with <see cref="Catalogue"/>.
    /// </summary>
    public static string TimeFolder { get; } = Path.Combine(RepositoryFiles.Root, "tests", "Fixtures", "time");

    /// <summary>Disability determination, 1.001699: an await on the medical assessment council and a step counted from its end.</summary>
    public const string Await = "await.proc";

    /// <summary>Support for trafficking victims in two phases, a mid-way result, an outcome limit and an indefinite wait.</summary>
    public const string Phased = "phased.proc";

    /// <summary>A deadline counted from an await's end (English keywords).</summary>
    public const string AnchoredDeadline = "anchored.proc";

    public static SourceFile Time(string name) => RepositoryFiles.Read(Path.Combine(TimeFolder, name));

    public static string PathOf(string relative) => Path.Combine(Folder, relative);

    public static SourceFile Read(string relative) => RepositoryFiles.Read(PathOf(relative));

    public static string Text(string relative) => Read(relative).Text;

    public static IReadOnlyList<SourceFile> Catalogue() =>
        Directory.EnumerateFiles(Path.Combine(Folder, "catalogue"), "*.proc").Order(StringComparer.Ordinal).Select(RepositoryFiles.Read).ToArray();

    /// <summary>Copies the fixture folder (or one sub-folder of it) into <paramref name="target"/>.</summary>
    public static void CopyTo(string target, string? relative = null)
    {
        var source = relative is null ? Folder : PathOf(relative);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }
}
