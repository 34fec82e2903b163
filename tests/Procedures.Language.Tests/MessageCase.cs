using Procedures.Language.Text;

namespace Procedures.Language.Tests;

/// <summary>One mistake and the exact lines <c>procedures check</c> prints for it.</summary>
sealed record MessageCase(string Name, SourceFile File, string[] Expected, SourceFile[] Others)
{
    /// <summary>Checked without the shared catalogue, as a file is when no catalogue folder was found.</summary>
    public bool WithoutCatalogue { get; init; }

    /// <summary>The lines the checker prints for this case.</summary>
    public string[] Check() => WithoutCatalogue
        ? Compilation.Create([.. Others, File]).Diagnostics.Select(d => d.ToString()).ToArray()
        : Checker.Check(File, Others);
}

static partial class MessageCases
{
    static MessageCase Case(string name, string text, string[] expected, SourceFile[]? others = null) =>
        new(name, new SourceFile(Checker.TestPath, text), expected, others ?? []);

    static MessageCase Case(string name, SourceFile file, string[] expected) => new(name, file, expected, []);

    /// <summary>Bytes of a file whose comment holds two bytes that are not UTF-8.</summary>
    static SourceFile WithInvalidUtf8(string text)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text).ToList();
        var comment = bytes.IndexOf((byte)'#', 1);
        bytes.InsertRange(comment + 1, [0xFF, 0xFE]);
        return SourceFile.FromBytes(Checker.TestPath, bytes.ToArray());
    }

    public static readonly MessageCase[] EncodingCases =
    [
        Case("PRC1008 invalid UTF-8", WithInvalidUtf8(BaseProcedures.English),
            ["test.proc(1,1): warning PRC1008: the file is not valid UTF-8; unreadable bytes were replaced by \"\uFFFD\""]),
        Case("PRC1008 invalid UTF-8 vi", WithInvalidUtf8(BaseProcedures.Vietnamese),
            ["test.proc(1,1): warning PRC1008: tệp không phải UTF-8 hợp lệ; các byte không đọc được đã được thay bằng \"\uFFFD\""]),
    ];

    static Dictionary<string, MessageCase>? byName;

    /// <summary>All cases by name; built on first use, after every file's case array is initialised.</summary>
    public static IReadOnlyDictionary<string, MessageCase> ByName =>
        byName ??= SyntaxCases.Concat(EncodingCases).Concat(BindingCases).Concat(TeachingCases).Concat(ConditionCases).Concat(StepCases).Concat(TimeCases)
            .Concat(PublishedFactCases).ToDictionary(c => c.Name);
}
