using System.Net;
using System.Text.Json.Nodes;

namespace Procedures.Host.Tests;

public sealed class CatalogueTests : IDisposable
{
    readonly HostFolder folder = new();

    [Theory]
    [InlineData("", "1.001776 1.001978 1.010772 2.001661")]
    [InlineData("?q=tro cap that nghiep", "1.001978")]
    [InlineData("?q=TỔ QUỐC", "1.010772")]
    [InlineData("?field=viec lam", "1.001978")]
    [InlineData("?level=province", "1.001978 1.010772")]
    [InlineData("?level=Xã", "1.001776 2.001661")]
    [InlineData("?agency=000.01.00.X00", "1.001776 2.001661")]
    [InlineData("?agency=Sở Nội vụ", "1.010772")]
    [InlineData("?channel=OnlinePartial", "1.001776 1.001978")]
    [InlineData("?channel=postal&level=commune", "1.001776 2.001661")]
    [InlineData("?q=nothing like this", "")]
    public async Task The_catalogue_is_searched_by_text_field_level_agency_and_channel(string query, string codes)
    {
        await using var host = new TestHost(folder);
        var found = JsonNode.Parse(await host.CreateClient().GetStringAsync("/api/v1/procedures" + query))!.AsArray();
        Assert.Equal(codes, string.Join(' ', found.Select(p => (string?)p!["code"])));
    }

    [Fact]
    public async Task A_procedure_shows_its_facts_documents_per_case_channels_and_data_as_a_json_schema()
    {
        await using var host = new TestHost(folder);
        var detail = JsonNode.Parse(await host.CreateClient().GetStringAsync($"/api/v1/procedures/{Agencies.SocialAllowance}"))!;

        Assert.Equal("Ủy ban nhân dân cấp xã", (string?)detail["executingAgency"]!["name"]);
        Assert.Equal("000.00.20.H00", (string?)detail["coordinatingAgencies"]![0]!["code"]);
        Assert.Equal("22 ngày làm việc", (string?)detail["channels"]![1]!["timeLimit"]!["text"]);
        Assert.Equal("Bưu chính", (string?)detail["channels"]![1]!["name"]);
        Assert.Equal(0m, (decimal?)detail["channels"]![1]!["fee"]);
        Assert.Equal("20/2021/NĐ-CP", (string?)detail["legalBasis"]![0]!["documentCode"]);
        Assert.Equal(["Thực hiện trợ cấp xã hội hằng tháng", "Điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng"],
            detail["documents"]!["cases"]!.AsArray().Select(c => (string?)c!["name"]));
        Assert.Equal("Age < 16", (string?)detail["documents"]!["cases"]![0]!["documents"]!.AsArray().Single(d => (string?)d!["name"] == "Giấy khai sinh")!["condition"]);
        Assert.Equal(
            """{"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object","properties":{"Request":{"type":"string","enum":["thực hiện","điều chỉnh","thôi hưởng"],"title":"Nội dung đề nghị"},"Age":{"type":"integer","title":"Tuổi của đối tượng"},"HasDisabilityCertificate":{"type":"boolean","title":"Đối tượng có giấy xác nhận khuyết tật"},"Reason":{"type":"string","enum":["thay đổi hoàn cảnh","mất","khác"],"title":"Lý do điều chỉnh, thôi hưởng","description":"Chỉ khi đề nghị điều chỉnh hoặc thôi hưởng"}},"required":["Request","Age","HasDisabilityCertificate"],"additionalProperties":false}""",
            detail["dataSchema"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Equal(["tiep-nhan", "xet-duyet", "niem-yet", "chuyen-ho-so", "tham-dinh", "quyet-dinh", "tra-ket-qua", "xac-minh"],
            detail["steps"]!.AsArray().Where(s => (string?)s!["kind"] is not ("CompletionRequest" or "Refusal")).Select(s => (string?)s!["id"]));
        Assert.False((bool)detail["fileHasErrors"]!);
    }

    [Fact]
    public async Task The_catalogue_is_open_to_anyone_and_the_diagnostics_only_to_legal_staff()
    {
        await using var host = new TestHost(folder);
        var anonymous = host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/v1/procedures/{Agencies.Unemployment}/versions")).StatusCode);
        await Http.ProblemAsync(await anonymous.GetAsync($"/api/v1/procedures/{Agencies.Unemployment}/diagnostics"), HttpStatusCode.Unauthorized, "unauthenticated");
        var diagnostics = JsonNode.Parse(await host.As(Who.LegalStaff).GetStringAsync($"/api/v1/procedures/{Agencies.Unemployment}/diagnostics"))!;
        Assert.False((bool)diagnostics["hasErrors"]!);
        Assert.Equal("viec-lam/1.001978.proc", (string?)diagnostics["path"]);
    }

    public void Dispose() => folder.Dispose();
}
