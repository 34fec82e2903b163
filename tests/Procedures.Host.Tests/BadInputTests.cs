using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Procedures.Host;

namespace Procedures.Host.Tests;

/// <summary>
/// Requests a portal or an attacker might send wrong: every one is answered with a 4xx problem of the expected type,
/// never a 5xx, and none changes the dossier.
/// </summary>
public abstract class BadInputTests(IHostDatabase database) : HostTest(database)
{
    const string Unemployment = $"/api/v1/procedures/{Agencies.Unemployment}/dossiers";
    const string Allowance = $"/api/v1/procedures/{Agencies.SocialAllowance}/dossiers";

    sealed record Case(string Name, Who Who, HttpMethod Method, string Path, string? Body, HttpStatusCode Status, string Type)
    {
        public string? IfMatch { get; init; }
        public string? IdempotencyKey { get; init; }
        public string ContentType { get; init; } = "application/json";
        public byte[]? RawBody { get; init; }
        public string? Token { get; init; }
        public string? Code { get; init; }
        public string? ErrorPath { get; init; }
    }

    static readonly Who Portal = Who.PortalOf("cong-tinh");
    static readonly Who OneStop = Who.OfficerAt(Agencies.EmploymentCentre, Agencies.OneStop);

    static IEnumerable<Case> Cases(string id, int revision)
    {
        var receipt = $"/api/v1/dossiers/{id}/receipt";
        var current = Http.ETag(revision);
        var post = HttpMethod.Post;
        var get = HttpMethod.Get;
        const HttpStatusCode bad = HttpStatusCode.BadRequest;
        const HttpStatusCode refused = HttpStatusCode.UnprocessableEntity;
        const HttpStatusCode notFound = HttpStatusCode.NotFound;

        // The body
        yield return new("malformed JSON", OneStop, post, receipt, """{"decision":""", bad, "invalid-json") { IfMatch = current, ErrorPath = "$" };
        yield return new("an array, not an object", OneStop, post, receipt, "[]", bad, "invalid-json") { IfMatch = current, ErrorPath = "$" };
        yield return new("a number where a choice goes", OneStop, post, receipt, """{"decision":5}""", bad, "invalid-json") { IfMatch = current, ErrorPath = "decision" };
        yield return new("an unknown choice", OneStop, post, receipt, """{"decision":"Maybe"}""", bad, "invalid-json") { IfMatch = current, ErrorPath = "decision" };
        yield return new("an unknown property", OneStop, post, receipt, """{"decision":"Received","decison":"Refused"}""", bad, "invalid-json") { IfMatch = current, ErrorPath = "decison" };
        yield return new("a required property missing", OneStop, post, receipt, "{}", bad, "invalid-json") { IfMatch = current, ErrorPath = "decision" };
        yield return new("a required property null", OneStop, post, receipt, """{"decision":null}""", bad, "invalid-json") { IfMatch = current, ErrorPath = "decision" };
        yield return new("a property given twice", OneStop, post, receipt, """{"decision":"Received","decision":"Refused"}""", bad, "invalid-json") { IfMatch = current };
        yield return new("nesting 200 deep", Portal, post, Unemployment, "{\"data\":{\"x\":" + new string('[', 200) + new string(']', 200) + "}}", bad, "invalid-json") { ErrorPath = "$" };
        yield return new("bytes that are not UTF-8", Portal, post, Unemployment, null, bad, "invalid-json") { RawBody = [0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D] };
        yield return new("a date that is not a date", OneStop, post, $"/api/v1/dossiers/{id}/apology", """{"newDueAt":"mai","reason":"x"}""", bad, "invalid-json") { IfMatch = current, ErrorPath = "newDueAt" };
        yield return new("text/plain", OneStop, post, receipt, "decision=Received", HttpStatusCode.UnsupportedMediaType, "unsupported-media-type") { IfMatch = current, ContentType = "text/plain" };
        yield return new("a NUL in a note", OneStop, post, receipt, "{\"decision\":\"Incomplete\",\"note\":\"a\\u0000b\"}", bad, "invalid-json") { IfMatch = current, ErrorPath = "note" };
        yield return new("a NUL in a data field's name", Portal, post, Allowance, "{\"data\":{\"A\\u0000\":1}}", bad, "invalid-json") { ErrorPath = "data.A\0" };
        yield return new("a 300 KB submission", Portal, post, Allowance, "{\"data\":{\"Request\":\"" + new string('x', 300 * 1024) + "\"}}", HttpStatusCode.RequestEntityTooLarge, "payload-too-large");
        yield return new("a 70 KB note", OneStop, post, receipt, "{\"decision\":\"Received\",\"note\":\"" + new string('n', 70 * 1024) + "\"}", HttpStatusCode.RequestEntityTooLarge, "payload-too-large") { IfMatch = current };

        // What the body names
        yield return new("a channel the procedure does not offer", Portal, post, Unemployment, """{"channel":"OnlineFull"}""", refused, "refused") { Code = "PRC5032" };
        yield return new("data of the wrong type", Portal, post, Allowance, """{"data":{"Request":"thực hiện","Age":"bảy mươi","HasDisabilityCertificate":false}}""", refused, "validation-failed") { Code = "PRC5040", ErrorPath = "data.Age" };
        yield return new("a number too large for a whole number", Portal, post, Allowance, """{"data":{"Request":"thực hiện","Age":1e400,"HasDisabilityCertificate":false}}""", refused, "validation-failed") { Code = "PRC5040", ErrorPath = "data.Age" };
        yield return new("a field the procedure does not declare", Portal, post, Allowance, """{"data":{"Request":"thực hiện","Age":70,"HasDisabilityCertificate":false,"'; DROP TABLE dossiers; --":1}}""", refused, "validation-failed") { Code = "PRC5040", ErrorPath = "data.'; DROP TABLE dossiers; --" };
        yield return new("a choice with a right-to-left override", Portal, post, Allowance, "{\"data\":{\"Request\":\"th\u202Eực hiện\",\"Age\":70,\"HasDisabilityCertificate\":false}}", refused, "validation-failed") { Code = "PRC5040", ErrorPath = "data.Request" };
        yield return new("a document the procedure does not list", Portal, post, Unemployment, """{"documents":["request","<script>alert(1)</script>"]}""", refused, "validation-failed") { ErrorPath = "documents[1]" };
        yield return new("an outcome the step does not have", OneStop, post, $"/api/v1/dossiers/{id}/steps/tiep-nhan/outcome", """{"outcome":"approve"}""", refused, "refused") { IfMatch = current, Code = "PRC5014" };
        yield return new("a step the dossier is not at", OneStop, post, $"/api/v1/dossiers/{id}/steps/tra-ket-qua/outcome", """{"outcome":"Done"}""", refused, "refused") { IfMatch = current, Code = "PRC5031" };
        yield return new("an apology before receipt", OneStop, post, $"/api/v1/dossiers/{id}/apology", """{"newDueAt":"2026-04-01T09:00:00+07:00","reason":"chậm"}""", refused, "refused") { IfMatch = current, Code = "PRC5022" };
        yield return new("a completion nobody asked for", Portal, post, $"/api/v1/dossiers/{id}/completion", "{}", refused, "refused") { IfMatch = current, Code = "PRC5017" };

        // What the path names
        yield return new("an unknown procedure", Portal, post, "/api/v1/procedures/9.999999/dossiers", "{}", notFound, "procedure-not-found") { Code = "PRC5060" };
        yield return new("a path in the procedure code", Portal, post, "/api/v1/procedures/..%2F..%2Fetc%2Fpasswd/dossiers", "{}", notFound, "procedure-not-found");
        yield return new("an unknown procedure's details", Who.Nobody, get, "/api/v1/procedures/1.000000", null, notFound, "procedure-not-found") { Code = "PRC5060" };
        yield return new("an unknown dossier id", OneStop, get, "/api/v1/dossiers/01a2b3c4-0000-7000-8000-000000000000", null, notFound, "dossier-not-found") { Code = "PRC5062" };
        yield return new("an unknown dossier number", OneStop, get, "/api/v1/dossiers/000.19.30.H00-260302-9999", null, notFound, "dossier-not-found") { Code = "PRC5062" };
        yield return new("SQL in the dossier id", OneStop, get, "/api/v1/dossiers/' OR '1'='1", null, notFound, "dossier-not-found");
        yield return new("a 300-character dossier id", OneStop, get, "/api/v1/dossiers/" + new string('9', 300), null, notFound, "dossier-not-found");
        yield return new("an action on an unknown dossier", OneStop, post, "/api/v1/dossiers/nope/receipt", """{"decision":"Received"}""", notFound, "dossier-not-found") { IfMatch = "\"1\"" };
        yield return new("no such path", OneStop, get, "/api/v1/nothing/here", null, notFound, "not-found");
        yield return new("no such method", OneStop, HttpMethod.Delete, $"/api/v1/dossiers/{id}", null, HttpStatusCode.MethodNotAllowed, "method-not-allowed");

        // The headers
        yield return new("no If-Match", OneStop, post, receipt, """{"decision":"Received"}""", HttpStatusCode.PreconditionRequired, "if-match-required");
        yield return new("If-Match: *", OneStop, post, receipt, """{"decision":"Received"}""", HttpStatusCode.PreconditionRequired, "if-match-required") { IfMatch = "*" };
        yield return new("a stale If-Match", OneStop, post, receipt, """{"decision":"Received"}""", HttpStatusCode.PreconditionFailed, "stale-revision") { IfMatch = "\"0\"", Code = "PRC5063" };
        yield return new("a weak If-Match", OneStop, post, receipt, """{"decision":"Received"}""", HttpStatusCode.PreconditionFailed, "stale-revision") { IfMatch = "W/" + current };
        yield return new("an If-Match that is not a tag", OneStop, post, receipt, """{"decision":"Received"}""", HttpStatusCode.PreconditionFailed, "stale-revision") { IfMatch = "1; DROP" };
        yield return new("an If-Match past any revision", OneStop, post, receipt, """{"decision":"Received"}""", HttpStatusCode.PreconditionFailed, "stale-revision") { IfMatch = "\"99999999999999999999\"" };
        yield return new("an Idempotency-Key with a tab", Portal, post, Unemployment, "{}", bad, "invalid-request") { IdempotencyKey = "a\tb", ErrorPath = "header.Idempotency-Key" };
        yield return new("a 201-character Idempotency-Key", Portal, post, Unemployment, "{}", bad, "invalid-request") { IdempotencyKey = new string('k', 201), ErrorPath = "header.Idempotency-Key" };
        yield return new("an unknown channel in the search", Who.Nobody, get, "/api/v1/procedures?channel=Pigeon", null, bad, "invalid-request") { ErrorPath = "query.channel" };
        yield return new("a channel number in the search", Who.Nobody, get, "/api/v1/procedures?channel=2", null, bad, "invalid-request") { ErrorPath = "query.channel" };
        yield return new("a 201-character search", Who.Nobody, get, "/api/v1/procedures?q=" + new string('q', 201), null, bad, "invalid-request") { ErrorPath = "query.q" };

        // The reports' parameters (the caller is an officer of the agency asked about)
        const string stats = "/api/v1/statistics";
        const string march = "from=2026-03-01&to=2026-03-31";
        yield return new("statistics without a period", OneStop, get, stats, null, bad, "invalid-request") { ErrorPath = "query.from" };
        yield return new("a day that does not exist", OneStop, get, $"{stats}?from=2026-02-30&to=2026-03-31", null, bad, "invalid-request") { ErrorPath = "query.from" };
        yield return new("a day written another way", OneStop, get, $"{stats}?from=01/03/2026&to=2026-03-31", null, bad, "invalid-request") { ErrorPath = "query.from" };
        yield return new("a day past 2999", OneStop, get, $"{stats}?from=2026-03-01&to=9999-12-31", null, bad, "invalid-request") { ErrorPath = "query.to" };
        yield return new("a period that ends before it starts", OneStop, get, $"{stats}?from=2026-03-31&to=2026-03-01", null, bad, "invalid-request") { ErrorPath = "query.to" };
        yield return new("an unknown procedure in the statistics", OneStop, get, $"{stats}?{march}&procedure=9.999999", null, bad, "invalid-request") { ErrorPath = "query.procedure" };
        yield return new("an unknown agency in the statistics", OneStop, get, $"{stats}?{march}&agency=000.00.00.Z99", null, bad, "invalid-request") { ErrorPath = "query.agency" };
        yield return new("an unknown channel in the statistics", OneStop, get, $"{stats}?{march}&channel=Pigeon", null, bad, "invalid-request") { ErrorPath = "query.channel" };
        yield return new("an unknown breakdown", OneStop, get, $"{stats}?{march}&groupBy=procedure,week", null, bad, "invalid-request") { ErrorPath = "query.groupBy" };
        yield return new("a 201-character procedure", OneStop, get, $"{stats}?{march}&procedure=" + new string('p', 201), null, bad, "invalid-request") { ErrorPath = "query.procedure" };
        yield return new("a register longer than a year", OneStop, get, "/api/v1/register?from=2025-01-01&to=2026-03-31", null, bad, "invalid-request") { ErrorPath = "query.to" };
        yield return new("a register without its end", OneStop, get, "/api/v1/register?from=2026-03-01", null, bad, "invalid-request") { ErrorPath = "query.to" };
        yield return new("a register of an unknown agency", OneStop, get, $"/api/v1/register?{march}&agency=' OR '1'='1", null, bad, "invalid-request") { ErrorPath = "query.agency" };

        // A postal dossier's filing time (now is 2 March 2026, 09:00 in Vietnam)
        yield return new("a filing time for a dossier handed in in person", Portal, post, Unemployment, """{"channel":"InPerson","submittedAt":"2026-03-01T09:00:00+07:00"}""", refused, "validation-failed") { ErrorPath = "submittedAt" };
        yield return new("a filing time without a channel", Portal, post, Unemployment, """{"submittedAt":"2026-03-01T09:00:00+07:00"}""", refused, "validation-failed") { ErrorPath = "submittedAt" };
        yield return new("a postal filing time in the future", Portal, post, Unemployment, """{"channel":"Postal","submittedAt":"2026-03-02T09:01:00+07:00"}""", refused, "validation-failed") { ErrorPath = "submittedAt" };
        yield return new("a filing time that is not a time", Portal, post, Unemployment, """{"channel":"Postal","submittedAt":"hôm qua"}""", bad, "invalid-json") { ErrorPath = "submittedAt" };
        yield return new("a postal filing time before the procedure took effect", Portal, post, Unemployment, """{"channel":"Postal","submittedAt":"0001-01-01T00:00:00Z"}""", refused, "refused") { Code = "PRC5005" };

        // The token
        yield return new("no token", Who.Nobody, get, $"/api/v1/dossiers/{id}", null, HttpStatusCode.Unauthorized, "unauthenticated");
        yield return new("a token that is not a JWT", Who.Nobody, get, $"/api/v1/dossiers/{id}", null, HttpStatusCode.Unauthorized, "unauthenticated") { Token = "not.a.token" };
        yield return new("a token signed with another key", Who.Nobody, get, $"/api/v1/dossiers/{id}", null, HttpStatusCode.Unauthorized, "unauthenticated")
        {
            Token = Tokens.Mint(TestHost.Auth with { SigningKey = Convert.ToBase64String(new byte[32]) },
                new TokenRequest(["officer"], Agencies.EmploymentCentre, Agencies.OneStop, null, "x", TimeSpan.FromHours(1)), DateTimeOffset.UtcNow),
        };
        yield return new("an expired token", Who.Nobody, get, $"/api/v1/dossiers/{id}", null, HttpStatusCode.Unauthorized, "unauthenticated")
        {
            Token = Tokens.Mint(TestHost.Auth, new TokenRequest(["officer"], Agencies.EmploymentCentre, Agencies.OneStop, null, "x", TimeSpan.FromHours(1)),
                DateTimeOffset.UtcNow.AddHours(-3)),
        };
        yield return new("a token without a role", Who.Nobody, get, $"/api/v1/dossiers/{id}", null, notFound, "dossier-not-found")
        {
            Token = Tokens.Mint(TestHost.Auth, new TokenRequest([], null, null, null, "x", TimeSpan.FromHours(1)), DateTimeOffset.UtcNow),
        };
    }

    [SkippableFact]
    public async Task Every_bad_request_is_a_4xx_problem_of_its_type_and_changes_nothing()
    {
        await using var host = await StartAsync();
        var (id, revision, _) = await Http.DossierAsync(await Http.PostAsync(host.As(Portal), Unemployment, "{}"));
        var failures = new List<string>();
        foreach (var c in Cases(id, revision))
        {
            var client = c.Token is null ? host.As(c.Who) : host.CreateClient();
            if (c.Token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", c.Token);
            using var request = new HttpRequestMessage(c.Method, c.Path);
            if (c.RawBody is not null) request.Content = new ByteArrayContent(c.RawBody) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };
            else if (c.Body is not null) request.Content = new StringContent(c.Body, Encoding.UTF8, c.ContentType);
            if (c.IfMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", c.IfMatch);
            if (c.IdempotencyKey is not null) request.Headers.TryAddWithoutValidation("Idempotency-Key", c.IdempotencyKey);
            using var response = await client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json" ? JsonNode.Parse(text) : null;
            var wrong = new List<string>();
            if (response.StatusCode != c.Status) wrong.Add($"status {(int)response.StatusCode}");
            if (problem is null) wrong.Add($"not a problem ({response.Content.Headers.ContentType})");
            else
            {
                if ((string?)problem["type"] != "urn:procedures:problem:" + c.Type) wrong.Add($"type {problem["type"]}");
                if (c.Code is not null && (string?)problem["code"] != c.Code) wrong.Add($"code {problem["code"]}");
                if (c.ErrorPath is not null && problem["errors"]?[c.ErrorPath] is null) wrong.Add($"errors {problem["errors"]?.ToJsonString()}");
                if (text.Contains("   at ", StringComparison.Ordinal) || text.Contains("Exception", StringComparison.Ordinal)) wrong.Add("a stack trace");
            }
            if (wrong.Count > 0) failures.Add($"{c.Name}: {string.Join(", ", wrong)} — {text[..Math.Min(text.Length, 300)]}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));

        var (_, after, body) = await Http.DossierAsync(await host.As(OneStop).GetAsync($"/api/v1/dossiers/{id}"));
        Assert.Equal(revision, after);
        Assert.Equal("Submitted", (string?)body["status"]);
    }

    [SkippableFact]
    public async Task A_body_that_is_not_JSON_is_told_exactly_what_is_wrong_with_it_in_either_language()
    {
        await using var host = await StartAsync();
        var (id, revision, _) = await Http.DossierAsync(await Http.PostAsync(host.As(Portal), Unemployment, "{}"));
        var receipt = $"/api/v1/dossiers/{id}/receipt";
        string deep = "{\"note\":" + new string('[', 40) + new string(']', 40) + "}";

        foreach (var (body, vietnamese, english) in new[]
        {
            ("""{"decision":"Rece""", "JSON kết thúc khi chưa hoàn chỉnh (sau byte 17): nội dung bị cắt cụt hoặc gửi chưa hết",
                "the JSON ends before it is complete (after byte 17): the body was cut off or not sent whole"),
            ("{\"decision\":\"Received\",\n \"note\": x}", "không phải JSON đúng cú pháp (dòng 2, byte 10)", "is not well-formed JSON (line 2, byte 10)"),
            (deep, "lồng nhau sâu quá 32 cấp", "nests deeper than 32 levels"),
            ("""{"decision":"Received","decision":"Refused"}""", "có thuộc tính xuất hiện hai lần trong cùng một đối tượng", "names one property twice in an object"),
        })
        {
            foreach (var (language, message) in new[] { ("vi", vietnamese), ("en", english) })
            {
                var client = host.As(OneStop);
                client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
                var problem = await Http.ProblemAsync(await Http.PostAsync(client, receipt, body, Http.ETag(revision)), HttpStatusCode.BadRequest, "invalid-json");
                Assert.Equal(("$: " + message, message), ((string?)problem["detail"], (string?)problem["errors"]!["$"]![0]));
            }
        }
        var notUtf8 = new ByteArrayContent([0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D]) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };
        var bytes = await Http.ProblemAsync(await host.As(Portal).PostAsync(Unemployment, notUtf8), HttpStatusCode.BadRequest, "invalid-json");
        Assert.Equal("$: có văn bản không mã hóa UTF-8", (string?)bytes["detail"]);
    }

    [SkippableFact]
    public async Task A_filing_time_and_a_period_that_cannot_be_are_told_exactly()
    {
        await using var host = await StartAsync();

        var inPerson = await Http.ProblemAsync(await Http.PostAsync(host.As(Portal), Unemployment, """{"channel":"InPerson","submittedAt":"2026-03-01T09:00:00+07:00"}"""),
            HttpStatusCode.UnprocessableEntity, "validation-failed");
        Assert.Equal(
            "chỉ hồ sơ gửi qua bưu chính mới ghi thời điểm nộp (biên bản giao nhận hoặc dấu bưu điện, Quyết định 45/2016/QĐ-TTg); hồ sơ qua kênh khác được tính là nộp khi hệ thống nhận được",
            (string?)inPerson["errors"]!["submittedAt"]![0]);
        var english = host.As(Portal);
        english.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var future = await Http.ProblemAsync(await Http.PostAsync(english, Unemployment, """{"channel":"Postal","submittedAt":"2026-03-02T03:00:00Z"}"""),
            HttpStatusCode.UnprocessableEntity, "validation-failed");
        Assert.Equal("submittedAt: 2026-03-02T10:00:00+07:00 is later than now (2026-03-02T09:00:00+07:00): a dossier cannot be filed in the future",
            (string?)future["detail"]);

        var inverted = await Http.ProblemAsync(await host.As(OneStop).GetAsync("/api/v1/statistics?from=2026-03-31&to=2026-03-01&channel=Pigeon"),
            HttpStatusCode.BadRequest, "invalid-request");
        Assert.Equal("query.channel: phải là một trong: InPerson, Postal, OnlineFull, OnlinePartial; query.to: kỳ báo cáo kết thúc ngày 2026-03-01, trước ngày bắt đầu 2026-03-31",
            (string?)inverted["detail"]);
        var tooLong = await Http.ProblemAsync(await host.As(OneStop).GetAsync("/api/v1/register?from=2026-01-01&to=2027-01-02"),
            HttpStatusCode.BadRequest, "invalid-request");
        Assert.Equal("một sổ theo dõi hồ sơ tối đa 366 ngày; hãy xem từng phần của kỳ", (string?)tooLong["errors"]!["query.to"]![0]);
    }

    [SkippableFact]
    public async Task A_stale_action_gets_the_dossier_as_it_is_now()
    {
        await using var host = await StartAsync();
        var oneStop = host.As(OneStop);
        var (id, revision, _) = await Http.DossierAsync(await Http.PostAsync(host.As(Portal), Unemployment, "{}"));
        await Http.DossierAsync(await Http.PostAsync(oneStop, $"/api/v1/dossiers/{id}/receipt", """{"decision":"Received"}""", Http.ETag(revision)));

        var stale = await Http.PostAsync(oneStop, $"/api/v1/dossiers/{id}/receipt", """{"decision":"Refused"}""", Http.ETag(revision));

        var problem = await Http.ProblemAsync(stale, HttpStatusCode.PreconditionFailed, "stale-revision");
        Assert.Equal(Http.ETag(revision + 1), stale.Headers.ETag?.Tag);
        Assert.Equal(revision + 1, (int?)problem["dossier"]!["revision"]);
        Assert.Equal("InProgress", (string?)problem["dossier"]!["status"]);
        Assert.Equal($"hồ sơ {id} đang ở phiên bản {revision + 1}, không phải \"{revision}\": đọc lại hồ sơ và quyết định theo tình trạng hiện tại",
            (string?)problem["detail"]);
    }

    [SkippableFact]
    public async Task Hostile_text_in_a_note_is_kept_verbatim_and_shown_as_data()
    {
        await using var host = await StartAsync();
        var (id, revision, _) = await Http.DossierAsync(await Http.PostAsync(host.As(Portal), Unemployment, "{}"));
        const string note = "<script>alert('x')</script> \u202Egnp.exe\u200B '; DROP TABLE dossiers; -- 😀 \uD83D";
        var json = new JsonObject { ["decision"] = "Incomplete", ["note"] = note }.ToJsonString();
        var (_, _, body) = await Http.DossierAsync(await Http.PostAsync(host.As(OneStop), $"/api/v1/dossiers/{id}/receipt", json, Http.ETag(revision)));
        // A lone surrogate cannot be UTF-8: it arrives as the replacement character, the rest as written.
        Assert.Equal(note[..^1] + "\uFFFD", (string?)body["timeline"]![1]!["note"]);
    }
}

public sealed class BadInputOnSqlite() : BadInputTests(new SqliteDatabase());

[Collection(PostgresCollection.Name)]
public sealed class BadInputOnPostgres(PostgresServer server) : BadInputTests(new PostgresDatabase(server));
