using System.Net;
using System.Text.RegularExpressions;

namespace Procedures.Forms.Tests;

/// <summary>
/// Applicant data, officers' notes and reasons reach the forms as typed by whoever typed them: none of it may become
/// markup. Every form is a whole, self-contained document.
/// </summary>
public sealed partial class FormSafetyTests
{
    const string HostileName = "<script>alert('tên')</script>Nguyễn \"Văn\" & A";
    const string HostileAddress = "\"><img src=x onerror=alert(1)><style>body{display:none}</style>";
    const string HostileNote = "</td></tr></table><iframe src=\"https://example.invalid/\"></iframe><!--";
    const string HostileReason = "<a href=\"javascript:alert(1)\">bấm vào đây</a> ]]> {{ @Html.Raw(x) }}";

    static readonly HashSet<string> Elements =
        ["html", "head", "meta", "title", "style", "body", "p", "table", "thead", "tbody", "tr", "td", "th", "div", "hr", "h1",
         "span", "strong", "em", "ol", "ul", "li", "br"];

    [Fact]
    public async Task Hostile_applicant_data_and_notes_are_printed_as_text_in_every_form()
    {
        var (office, dossier) = Dossiers.Apologised(HostileName, HostileAddress, HostileNote, HostileReason);
        var forms = new OneStopForms();
        var documents = new List<string>();
        foreach (var form in forms.Available(office.Definition, dossier))
            documents.Add((await forms.RenderAsync(form, office.Definition, dossier)).Html!);
        documents.Add((await forms.RenderRegisterAsync(new RegisterPage("000.19.30.H00", "<b>Trung tâm</b>", new(2026, 3, 1), new(2026, 3, 31),
            [new RegisterLine(dossier, office.Definition)]))).Html!);

        Assert.Equal(5, documents.Count);
        foreach (var html in documents)
        {
            Assert.All(Tags(html), tag => Assert.Contains(tag, Elements));
            Assert.DoesNotContain("<!--", html);
            Assert.Single(Regex.Matches(html, "<style>"));
            Assert.DoesNotContain("javascript:alert(1)\"", html);
        }
        var text = WebUtility.HtmlDecode(string.Join("\n", documents));
        Assert.Contains(HostileName, text);
        Assert.Contains(HostileAddress, text);
        Assert.Contains(HostileNote, text);
        Assert.Contains(HostileReason, text);
        Assert.Contains("&lt;script&gt;alert(&#x27;tên&#x27;)&lt;/script&gt;Nguyễn &quot;Văn&quot; &amp; A", documents[0]);
    }

    [Fact]
    public async Task A_form_is_one_utf8_document_with_its_css_inline_and_nothing_to_fetch()
    {
        var (office, dossier) = Dossiers.InAppraisal();

        var html = (await new OneStopForms().RenderAsync(FormNumber.ControlSheet, office.Definition, dossier)).Html!;

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">", html);
        Assert.EndsWith("</body>\n</html>\n", html);
        Assert.Contains("@page { size: A5 portrait;", html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("http", html);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", html);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", html);
    }

    /// <summary>Every opening tag's name, lower case.</summary>
    static IEnumerable<string> Tags(string html) => OpeningTag().Matches(html).Select(m => m.Groups[1].Value.ToLowerInvariant());

    [GeneratedRegex("<([a-zA-Z][a-zA-Z0-9]*)")]
    private static partial Regex OpeningTag();
}
