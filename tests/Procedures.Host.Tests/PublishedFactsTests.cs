using System.Net;
using System.Text.Json.Nodes;

namespace Procedures.Host.Tests;

/// <summary>
/// The facts of the second edition through the HTTP API: the catalogue shows requirements, results and the refusal
/// letter, fees by case, payments, duties (with the linked procedure's name when the folder holds it), the applicant's
/// window and the documents' properties; a submission outside the window is refused with its code, an accepted one
/// shows its fees, its requirements to check and a choice supplied through one of its alternatives.
/// </summary>
public sealed class PublishedFactsTests : IDisposable
{
    readonly HostFolder folder = new();

    public PublishedFactsTests()
    {
        const string file = "viec-lam/1.001978.proc";
        folder.Replace(file, " fee 0\n", "\n");
        folder.Replace(file, "  result \"Quyết định hưởng trợ cấp thất nghiệp\"\n", """
              fee 20000 "Phí thẩm định" when `Workers > 10`
              result "Quyết định hưởng trợ cấp thất nghiệp" form "Mẫu số 05" valid for 12 months
              refusal result "Thông báo về việc không được hưởng trợ cấp thất nghiệp"
              payment "Trợ cấp thất nghiệp hằng tháng" "60% mức bình quân tiền lương tháng đóng bảo hiểm thất nghiệp"
              apply within 3 months of `ContractEndDate`
              duty "Nhận Bằng Tổ quốc ghi công" procedure 1.010772
              duty "Thông báo về việc tìm kiếm việc làm hằng tháng" procedure 1.000362

            data
              ContractEndDate "Ngày chấm dứt hợp đồng lao động" date
              Months "Số tháng đóng bảo hiểm thất nghiệp" whole number
              Workers "Số người lao động" whole number

            requirements
              "Đã đóng bảo hiểm thất nghiệp từ đủ 12 tháng trong 24 tháng" check `Months >= 12`
              "Chưa tìm được việc làm sau 15 ngày kể từ ngày nộp hồ sơ"

            """.Replace("\r\n", "\n"));
        folder.Replace(file, "  \"Quyết định thôi việc hoặc thông báo chấm dứt hợp đồng lao động\" 1 certified copy\n", """
              one of termination "Giấy tờ xác nhận việc chấm dứt hợp đồng lao động"
                dismissal "Quyết định thôi việc" 1 certified copy
                notice "Thông báo chấm dứt hợp đồng lao động" 1 copy electronic accepted
              residence "Thông tin về cư trú" looked up in "Cơ sở dữ liệu quốc gia về dân cư"

            """.Replace("\r\n", "\n"));
    }

    [Fact]
    public async Task The_procedure_shows_its_requirements_results_fees_payments_duties_window_and_document_properties()
    {
        await using var host = new TestHost(folder);
        var detail = JsonNode.Parse(await host.CreateClient().GetStringAsync($"/api/v1/procedures/{Agencies.Unemployment}"))!;

        Assert.False((bool)detail["fileHasErrors"]!);
        Assert.Equal("12 tháng", (string?)detail["results"]![0]!["validFor"]!["text"]);
        Assert.Equal("Thông báo về việc không được hưởng trợ cấp thất nghiệp", (string?)detail["refusalResult"]!["title"]);
        Assert.Equal([null, "Months >= 12"], detail["requirements"]!.AsArray().Select(r => (string?)r!["condition"]).Reverse());
        Assert.Equal("nộp trong 3 tháng kể từ Ngày chấm dứt hợp đồng lao động (ContractEndDate)", (string?)detail["applicantWindows"]![0]!["text"]);
        Assert.Equal("Workers > 10", (string?)detail["fees"]![0]!["condition"]);
        Assert.Null((decimal?)detail["channels"]![0]!["fee"]);
        Assert.Equal("60% mức bình quân tiền lương tháng đóng bảo hiểm thất nghiệp", (string?)detail["payments"]![0]!["amountText"]);
        Assert.Equal(["Cấp Bằng \"Tổ quốc ghi công\"", null], detail["duties"]!.AsArray().Select(d => (string?)d!["procedureName"]));
        var documents = detail["documents"]!["common"]!.AsArray();
        Assert.Equal(["dismissal", "notice"], documents[1]!["alternatives"]!.AsArray().Select(a => (string?)a!["id"]));
        Assert.True((bool)documents[1]!["alternatives"]![1]!["electronicAccepted"]!);
        Assert.Equal("Cơ sở dữ liệu quốc gia về dân cư", (string?)documents[2]!["lookedUpIn"]);

        var english = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/procedures/{Agencies.Unemployment}");
        english.Headers.AcceptLanguage.ParseAdd("en");
        var inEnglish = JsonNode.Parse(await (await host.CreateClient().SendAsync(english)).Content.ReadAsStringAsync())!;
        Assert.Equal("apply within 3 months of Ngày chấm dứt hợp đồng lao động (ContractEndDate)", (string?)inEnglish["applicantWindows"]![0]!["text"]);
    }

    [Fact]
    public async Task A_submission_outside_the_window_is_refused_and_an_accepted_one_shows_its_fees_requirements_and_choice()
    {
        await using var host = new TestHost(folder);
        var portal = host.As(Who.PortalOf("cong-dich-vu-cong"));
        var path = $"/api/v1/procedures/{Agencies.Unemployment}/dossiers";

        // 2 March 2026: three months after 2025-11-30 end on Saturday 28 February, so the window runs to Monday 2 March.
        var late = await Http.PostAsync(portal, path, """{"data": {"ContractEndDate": "2025-11-27", "Months": 14, "Workers": 30}}""");
        var problem = await Http.ProblemAsync(late, HttpStatusCode.UnprocessableEntity, "refused");
        Assert.Equal("PRC5140", (string?)problem["code"]);
        Assert.Equal("hồ sơ nộp ngày 2026-03-02, quá hạn nộp: nộp trong 3 tháng kể từ Ngày chấm dứt hợp đồng lao động (2025-11-27), chậm nhất ngày 2026-02-27",
            (string?)problem["detail"]);

        // Sent by post on the last day of its window (the postmark the portal reports), received after it: in time.
        var posted = await Http.PostAsync(portal, path,
            """{"channel": "Postal", "submittedAt": "2026-02-27T16:30:00+07:00", "data": {"ContractEndDate": "2025-11-27", "Months": 14, "Workers": 30}}""");
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);

        var (_, _, dossier) = await Http.DossierAsync(await Http.PostAsync(portal, path,
            """{"data": {"ContractEndDate": "2025-11-30", "Months": 14, "Workers": 30}, "documents": ["request", "notice"]}"""));
        Assert.Equal(20000m, (decimal?)dossier["fees"]![0]!["amount"]);
        Assert.Equal([true, false], dossier["requirements"]!.AsArray().Select(r => (bool)r!["met"]!));
        var choice = dossier["checklist"]!.AsArray().Single(c => (string?)c!["documentId"] == "termination")!;
        Assert.True((bool)choice["supplied"]!);
        Assert.Equal("Cơ sở dữ liệu quốc gia về dân cư", (string?)dossier["checklist"]!.AsArray().Single(c => (string?)c!["documentId"] == "residence")!["lookedUpIn"]);
    }

    public void Dispose() => folder.Dispose();
}
