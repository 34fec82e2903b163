using CsCheck;
using Procedures.Language.Formatting;
using Procedures.Language.Syntax;
using Procedures.Language.Text;

namespace Procedures.Language.Tests;

/// <summary>
/// Thousands of random edits of every repository file: deleted spans, inserted tokens, truncation, odd
/// Unicode, shuffled lines. Only diagnostics may come out: nothing throws, every diagnostic points inside
/// the file, and whatever the formatter accepts it prints as text that reads back without syntax errors.
/// </summary>
public class MutationTests
{
    static readonly string[] Insertions =
    [
        "\"", "`", "->", "→", ",", "#", "\n", "\r\n", "\t", " ", "\uFEFF", "\u0300", "\u0301", "\u200B", "\u202E", "\0",
        "\uD800", "\uDC00", "😀", "ﬁ", "İ", "ǅ", "0", "-1", "0.5", "1.001978", "2025-02-30", "9999-99-99", "99999999999999999999999",
        "procedure", "thủ tục", "documents", "thành phần hồ sơ", "steps", "trình tự", "step", "bước", "case", "trường hợp",
        "receive", "tiếp nhận", "return", "trả kết quả", "branch", "rẽ nhánh", "if", "nếu", "yes", "có", "complaint", "khiếu nại",
        "with", "với", "to", "đến", "within", "trong", "working days", "ngày làm việc", "agency", "cơ quan", "unit", "đơn vị",
        "document", "giấy tờ", "subject", "đối tượng", "request completion", "refuse", "từ chối", "one-stop", "một cửa",
        "\"Sở Nội vụ\"", "`x > 1`", "`", "x", "ĐT1", "tiep-nhan", "# language: vi\n", "# language: xx\n",
        "thủ\u0309 tục", "THỦ TỤC", "working  days",
    ];

    static readonly IReadOnlyList<SourceFile> Catalogue = RepositoryFiles.Catalogue();

    public static TheoryData<string> Files() => new(RepositoryFiles.AllPaths());

    [Theory]
    [MemberData(nameof(Files))]
    public void Random_edits_give_diagnostics_never_exceptions(string path)
    {
        var original = RepositoryFiles.Read(path).Text;
        var edits = Gen.Int[1, 4].SelectMany(n => Edit(original.Length).Array[n]);

        edits.Sample(list =>
        {
            var text = original;
            foreach (var edit in list)
                text = edit(text);
            Survives(new SourceFile(path, text));
        }, iter: 400, threads: 1);
    }

    [Fact]
    public void Every_truncation_of_a_procedure_gives_diagnostics_never_exceptions()
    {
        var text = Fixtures.Text(Fixtures.Unemployment);
        for (var length = 0; length <= text.Length; length++)
            Survives(new SourceFile("truncated.proc", text[..length]));
    }

    [Fact]
    public void Random_bytes_decode_and_check_without_exceptions()
    {
        Gen.Byte.Array[0, 400].Sample(bytes => Survives(SourceFile.FromBytes("bytes.proc", bytes)), iter: 1000, threads: 1);
    }

    static Gen<Func<string, string>> Edit(int length) => Gen.OneOf(
        // delete a span
        from start in Gen.Int[0, Math.Max(0, length)]
        from count in Gen.Int[1, 40]
        select (Func<string, string>)(t => t.Length == 0 ? t : t.Remove(Math.Min(start, t.Length - 1), Math.Min(count, t.Length - Math.Min(start, t.Length - 1)))),
        // insert a token or odd Unicode
        from at in Gen.Int[0, Math.Max(0, length)]
        from insert in Gen.Int[0, Insertions.Length - 1].Select(i => Insertions[i])
        select (Func<string, string>)(t => t.Insert(Math.Min(at, t.Length), insert)),
        // truncate
        from at in Gen.Int[0, Math.Max(0, length)]
        select (Func<string, string>)(t => t[..Math.Min(at, t.Length)]),
        // replace a character by any char, surrogates included
        from at in Gen.Int[0, Math.Max(0, length)]
        from c in Gen.Char
        select (Func<string, string>)(t => t.Length == 0 ? t : t.Remove(Math.Min(at, t.Length - 1), 1).Insert(Math.Min(at, t.Length - 1), c.ToString())),
        // duplicate or swap lines
        from a in Gen.Int[0, 200]
        from b in Gen.Int[0, 200]
        select (Func<string, string>)(t =>
        {
            var lines = t.Split('\n').ToList();
            var i = a % lines.Count;
            var j = b % lines.Count;
            (lines[i], lines[j]) = (lines[j], lines[i]);
            lines.Insert(j, lines[i]);
            return string.Join('\n', lines);
        }));

    static void Survives(SourceFile file)
    {
        var compilation = Compilation.Create(Catalogue.Where(c => c.Path != file.Path).Append(file));
        foreach (var diagnostic in compilation.Diagnostics.Where(d => d.Path == file.Path))
        {
            Assert.InRange(diagnostic.Span.Start, 0, file.Text.Length);
            Assert.InRange(diagnostic.Span.End, 0, file.Text.Length);
            Assert.True(diagnostic.Span.Line >= 1 && diagnostic.Span.Column >= 1, diagnostic.ToString());
            Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message));
        }

        var (syntax, syntaxDiagnostics) = Parser.Parse(file);
        if (syntaxDiagnostics.Any(d => d.IsError))
            return;
        foreach (var language in new[] { KeywordLanguage.English, KeywordLanguage.Vietnamese })
        {
            var formatted = Formatter.Format(syntax, language);
            var (_, again) = Parser.Parse(file with { Text = formatted });
            Assert.DoesNotContain(again, d => d.IsError);
        }
    }
}
