using Procedures.Language.Diagnostics;
using Procedures.Language.Text;

namespace Procedures.Language.Tests;

/// <summary>What the checker prints for a compilation: at most fifty problems a file, then how many more.</summary>
public class DiagnosticLinesTests
{
    static string Broken(string language, int lines) => $"# language: {language}\n" + string.Concat(Enumerable.Repeat("@\n", lines));

    [Fact]
    public void After_fifty_problems_a_file_gets_one_line_counting_the_rest_in_its_language()
    {
        var compilation = Compilation.Create([new SourceFile("a.proc", Broken("vi", 1284)), new SourceFile("b.proc", Broken("en", 51))]);

        var lines = DiagnosticLines.Of(compilation.Diagnostics).ToArray();

        Assert.Equal(102, lines.Length);
        Assert.Equal("a.proc(2,1): error PRC1001: ký tự không hợp lệ \"@\"", lines[0]);
        Assert.Equal("a.proc(51,1): error PRC1001: ký tự không hợp lệ \"@\"", lines[49]);
        Assert.Equal("a.proc: … và 1.234 lỗi khác", lines[50]);
        Assert.Equal("b.proc(51,1): error PRC1001: unexpected character \"@\"", lines[100]);
        Assert.Equal("b.proc: … and 1 more", lines[101]);
    }

    [Fact]
    public void Fifty_problems_are_all_printed_without_a_count()
    {
        var compilation = Compilation.Create([new SourceFile("a.proc", Broken("en", 50))]);

        var lines = DiagnosticLines.Of(compilation.Diagnostics).ToArray();

        Assert.Equal(50, lines.Length);
        Assert.Equal("a.proc(51,1): error PRC1001: unexpected character \"@\"", lines[^1]);
    }

    [Fact]
    public void Large_counts_are_grouped_as_each_language_writes_them()
    {
        Assert.Equal("x.proc: … and 1,234,567 more", DiagnosticLines.More("x.proc", 1234567, Syntax.KeywordLanguage.English));
        Assert.Equal("x.proc: … và 1.234.567 lỗi khác", DiagnosticLines.More("x.proc", 1234567, Syntax.KeywordLanguage.Vietnamese));
    }
}
