using System.Globalization;
using System.Text;
using NodaTime.Text;
using Procedures.Workflows.Activities;
using Procedures.Workflows.Facts;

namespace Procedures.Workflows.Rendering;

/// <summary>
/// The reviewer's snapshot of a definition (Markdown, LF, deterministic), in Vietnamese with English in
/// parentheses: header facts, channels, legal basis, documents per case, steps with units and time limits,
/// inter-agency routing and the Mermaid flowchart. It leaves out what changes with every edit (the content hash)
/// and the Elsa export, which has its own snapshot, so a one-line edit of a procedure is a few-line diff here.
/// </summary>
public static class DefinitionTextRenderer
{
    public static string Render(WorkflowDefinition definition)
    {
        var text = new StringBuilder();
        var facts = definition.Facts;
        text.Append("# ").Append(facts.Code).Append(" — ").Append(Line(facts.Name)).Append("\n\n");
        AppendHeader(text, definition);
        AppendChannels(text, facts);
        AppendFeeLines(text, facts.FeeLines);
        AppendLegalBasis(text, facts);
        AppendData(text, facts.Data);
        AppendWindows(text, facts);
        AppendRequirements(text, facts.Requirements);
        AppendDocuments(text, facts.Documents);
        AppendResults(text, facts);
        AppendPayments(text, facts.Payments);
        AppendDuties(text, facts.Duties);
        AppendPhases(text, facts);
        AppendSteps(text, definition.Root);
        AppendRouting(text, definition.Root);
        text.Append("## Sơ đồ (flowchart)\n\n```mermaid\n").Append(MermaidRenderer.Render(definition)).Append("```\n");
        return text.ToString();
    }

    private static void AppendHeader(StringBuilder text, WorkflowDefinition definition)
    {
        var f = definition.Facts;
        var rows = new List<IReadOnlyList<string?>>
        {
            Row("Mã thủ tục (code)", f.Code),
            Row("Lĩnh vực (field)", f.Field),
            Row("Cấp thực hiện (levels)", string.Join(", ", f.Levels)),
            Row("Cơ quan thực hiện (executing agency)", f.AgencyChoices is { } choices
                ? string.Join("; ", choices.Select(c => $"{c.Agency.Name} (mã {c.Agency.Code})" + (c.Condition is { } when ? $" khi `{when}`" : "")))
                : $"{f.ExecutingAgency.Name} (mã {f.ExecutingAgency.Code})"),
            Row("Cơ quan phối hợp (coordinating agencies)", string.Join("; ", f.CoordinatingAgencies)),
            Row("Đối tượng thực hiện (subjects)", string.Join("; ", f.Subjects.Select(s => $"{s.Code} {s.Name}"))),
            Row("Thời hạn giải quyết (time limit)", DomainWords.TimeLimit(f.TimeLimit, f.TimeLimitFrom)),
            Row("Kết quả (result)", string.Join("; ", f.AllResults.Select(r => r.Title))),
            Row("Quyết định công bố (publication decision)", f.PublicationDecision),
            Row("Ngày hiệu lực (effective)", f.EffectiveDate is { } e ? LocalDatePattern.Iso.Format(e) : null),
        };
        if (f.ReceivingAgency is { } receiving)
            rows.Insert(4, Row("Cơ quan tiếp nhận, trả kết quả (receiving agency)", $"{receiving.Name} (mã {receiving.Code})"));
        if (f.StartedByAgency)
            rows.Insert(4, Row("Khởi xướng (started by)", "Cơ quan thực hiện tự khởi xướng, không có người nộp hồ sơ (agency-started)"));
        if (f.AbolishedDate is { } abolished)
            rows.Add(Row("Ngày bãi bỏ (abolished)", $"{LocalDatePattern.Iso.Format(abolished)} {f.AbolishingDecision}".Trim()));
        // Only a procedure that departs from the one-stop default (Decree 61/2018 Art. 19) states these, citing its law.
        if (f.Completion.RestartsDeadline is { } restarts)
            rows.Add(Row("Bổ sung hồ sơ: thời hạn tính lại (completion restarts the deadline)", Cite(restarts)));
        if (f.Completion.MayRepeat is { } repeats)
            rows.Add(Row("Bổ sung hồ sơ: yêu cầu nhiều lần (completion may be requested again)", Cite(repeats)));
        MarkdownTable.Append(text, ["Thông tin (fact)", "Giá trị (value)"], rows);
        text.Append('\n');
    }

    private static string Cite(LegalCitation law) => law.Article is { Length: > 0 } article ? $"theo {law.Document}, Điều {article}" : $"theo {law.Document}";

    private static void AppendChannels(StringBuilder text, ProcedureFacts facts)
    {
        text.Append("## Cách thức thực hiện (channels)\n\n");
        if (facts.Channels.Count == 0)
        {
            text.Append("Không quy định (none).\n\n");
            return;
        }
        MarkdownTable.Append(text, ["Cách thức (channel)", "Thời hạn (time limit)", "Phí, lệ phí (fee)", "Ghi chú (note)"],
            facts.Channels.Select(c => Row(
                DomainWords.Channel(c.Kind),
                DomainWords.TimeLimit(c.TimeLimit ?? facts.TimeLimit),
                c.Fee is { } fee ? DomainWords.Money(fee) : facts.FeeLines.Count > 0 ? "Theo trường hợp (by case)" : "Không",
                c.FeeNote)));
        text.Append('\n');
    }

    private static void AppendLegalBasis(StringBuilder text, ProcedureFacts facts)
    {
        text.Append("## Căn cứ pháp lý (legal basis)\n\n");
        if (facts.LegalBasis.Count == 0) text.Append("Không có (none).\n");
        foreach (var entry in facts.LegalBasis)
        {
            text.Append("- ").Append(Line(entry.Name));
            if (!entry.Name.Contains(entry.DocumentCode, StringComparison.Ordinal)) text.Append(" (").Append(Line(entry.DocumentCode)).Append(')');
            if (entry.Article is { Length: > 0 } article) text.Append(", Điều ").Append(Line(article));
            text.Append('\n');
        }
        text.Append('\n');
    }

    private static void AppendData(StringBuilder text, IReadOnlyList<DataField> fields)
    {
        text.Append("## Dữ liệu hồ sơ (dossier data)\n\n");
        if (fields.Count == 0)
        {
            text.Append("Không khai báo (none).\n\n");
            return;
        }
        MarkdownTable.Append(text, ["Tên (name)", "Nhãn (label)", "Kiểu (type)", "Bắt buộc (required)", "Giá trị (values)", "Hướng dẫn (help)"],
            fields.Select(f => Row(f.Name, f.Label, DomainWords.DataType(f.Type), f.Required ? "Có" : "Không",
                f.Values.Length == 0 ? null : string.Join("; ", f.Values), f.Help)));
        text.Append('\n');
    }

    private static void AppendDocuments(StringBuilder text, DocumentChecklist documents)
    {
        text.Append("## Thành phần hồ sơ (documents)\n\n### Hồ sơ chung (all cases)\n\n");
        AppendDocumentTable(text, documents.Common);
        foreach (var c in documents.Cases)
        {
            text.Append("### Trường hợp (case): ").Append(Line(c.Name)).Append("\n\n");
            if (c.Condition is { Length: > 0 } condition) text.Append("Điều kiện (condition): `").Append(Line(condition)).Append("`\n\n");
            AppendDocumentTable(text, c.Documents);
        }
    }

    private static void AppendDocumentTable(StringBuilder text, IReadOnlyList<RequiredDocument> documents)
    {
        if (documents.Count == 0)
        {
            text.Append("Không có (none).\n\n");
            return;
        }
        // A "one of" line is numbered like a document; its alternatives follow it as 2.1, 2.2 …
        var rows = documents.SelectMany((d, i) => d.Alternatives
            .Select((a, j) => (Number: $"{i + 1}.{j + 1}", Document: a, Name: a.Name))
            .Prepend((Number: (i + 1).ToString(CultureInfo.InvariantCulture), Document: d, Name: d.IsOneOf ? $"Một trong (one of): {d.Name}" : d.Name)))
            .ToList();
        var properties = rows.Any(r => r.Document.HasProperties);
        string[] header = ["#", "Mã (id)", "Tên giấy tờ (document)", "Mẫu (form)", "Bản chính", "Bản sao", "Bản sao chứng thực", "Bắt buộc (required)", "Điều kiện (condition)"];
        MarkdownTable.Append(text, properties ? [.. header, "Yêu cầu khác (properties)"] : header,
            rows.Select(r =>
            {
                var d = r.Document;
                string?[] cells = [r.Number, d.Id, r.Name, d.FormCode, Count(d.Originals), Count(d.Copies), Count(d.CertifiedCopies),
                    d.IsRequired ? "Có" : "Không", d.Condition is null ? null : $"`{d.Condition}`"];
                return properties ? [.. cells, DomainWords.DocumentProperties(d)] : (IReadOnlyList<string?>)cells;
            }));
        text.Append('\n');
    }

    private static void AppendFeeLines(StringBuilder text, IReadOnlyList<FeeLine> fees)
    {
        if (fees.Count == 0) return;
        text.Append("## Phí, lệ phí theo trường hợp (fees by case)\n\n");
        MarkdownTable.Append(text, ["Khoản (item)", "Số tiền (amount)", "Điều kiện (condition)"],
            fees.Select(f => Row(f.Item, DomainWords.Money(f.Amount), f.Condition is null ? "Mọi hồ sơ" : $"`{f.Condition}`")));
        text.Append('\n');
    }

    private static void AppendWindows(StringBuilder text, ProcedureFacts facts)
    {
        if (facts.ApplicantWindows.Count == 0) return;
        text.Append("## Hạn nộp hồ sơ (applicant windows)\n\n");
        foreach (var window in facts.ApplicantWindows)
            text.Append("- ").Append(Line(DomainWords.Window(window, facts.Data.FirstOrDefault(f => f.Name == window.Field)?.Label))).Append('\n');
        text.Append('\n');
    }

    private static void AppendRequirements(StringBuilder text, IReadOnlyList<Requirement> requirements)
    {
        if (requirements.Count == 0) return;
        text.Append("## Yêu cầu, điều kiện (requirements)\n\n");
        MarkdownTable.Append(text, ["#", "Yêu cầu, điều kiện (requirement)", "Kiểm tra khi nộp (checked at submission)"],
            requirements.Select((r, i) => Row((i + 1).ToString(CultureInfo.InvariantCulture), r.Text,
                r.Condition is null ? "Cán bộ kiểm tra (by the officer)" : $"`{r.Condition}`")));
        text.Append('\n');
    }

    private static void AppendResults(StringBuilder text, ProcedureFacts facts)
    {
        var results = facts.AllResults;
        var detailed = results.Count > 1 || results.Any(r => r.FormCode is not null || r.Validity is not null || r.ProcedureCode is not null);
        if (!detailed && facts.RefusalResult is null) return;
        text.Append("## Kết quả (results)\n\n");
        MarkdownTable.Append(text, ["Kết quả (result)", "Mẫu (form)", "Thời hạn có giá trị (valid for)", "Thủ tục (procedure)"],
            results.Select(r => Row(r.Title, r.FormCode, r.Validity is { } v ? DomainWords.TimeLimit(v) : null, r.ProcedureCode))
                .Append(Row($"Từ chối (refusal): {facts.Refusal.Title}", facts.Refusal.FormCode, null, null)));
        text.Append('\n');
    }

    private static void AppendPayments(StringBuilder text, IReadOnlyList<Payment> payments)
    {
        if (payments.Count == 0) return;
        text.Append("## Chi trả cho người dân (payments)\n\n");
        MarkdownTable.Append(text, ["Khoản chi trả (payment)", "Mức (amount)", "Điều kiện (condition)", "Giai đoạn (phase)"],
            payments.Select(p => Row(p.Title, p.Amount is { } amount ? DomainWords.Money(amount) : p.AmountText,
                p.Condition is null ? null : $"`{p.Condition}`", p.Phase)));
        text.Append('\n');
    }

    private static void AppendDuties(StringBuilder text, IReadOnlyList<Duty> duties)
    {
        if (duties.Count == 0) return;
        text.Append("## Nghĩa vụ sau khi có kết quả (duties)\n\n");
        foreach (var duty in duties)
        {
            text.Append("- ").Append(Line(duty.Text));
            if (duty.ProcedureCode is { } code) text.Append(" (thủ tục ").Append(code).Append(')');
            text.Append('\n');
        }
        text.Append('\n');
    }

    /// <summary>Only for a procedure with phases, so that the snapshots of the others do not change.</summary>
    private static void AppendPhases(StringBuilder text, ProcedureFacts facts)
    {
        if (facts.Phases is not { Count: > 0 } phases)
            return;
        text.Append("## Giai đoạn (phases)\n\n");
        MarkdownTable.Append(text, ["#", "Mã (id)", "Giai đoạn (phase)", "Thời hạn (time limit)", "Kết quả (result)", "Các bước (steps)"],
            phases.Select((p, i) => Row((i + 1).ToString(CultureInfo.InvariantCulture), p.Id, p.Name, DomainWords.TimeLimit(p.TimeLimit, p.From),
                p.Result, string.Join(", ", p.Activities))));
        text.Append('\n');
    }

    private static void AppendSteps(StringBuilder text, Flowchart root)
    {
        text.Append("## Trình tự thực hiện (steps)\n\n");
        var steps = FlowOrder(root).Where(a => a.Kind is not (ActivityKind.Start or ActivityKind.End)).ToList();
        MarkdownTable.Append(text, ["#", "Mã bước (id)", "Bước (step)", "Loại (kind)", "Đơn vị · thời hạn (unit · time limit)", "Kết quả → bước sau (port → next)"],
            steps.Select((a, i) => Row(
                (i + 1).ToString(CultureInfo.InvariantCulture), a.Id, a.Name, DomainWords.Kind(a.Kind),
                a is DecisionActivity d ? $"`{d.Condition}`" : DomainWords.UnitAndLimit(a),
                string.Join("; ", a.OutputPorts.Select(port => $"{DomainWords.Port(port)}{OutcomeLimit(a, port)} → {Next(root, a.Id, port)}")))));
        text.Append('\n');
    }

    private static string OutcomeLimit(Activity activity, string port) =>
        (activity switch { UnitTaskActivity t => t.OutcomeLimits, AwaitActivity w => w.OutcomeLimits, _ => null }) is { } limits
        && limits.TryGetValue(port, out var limit) ? $" (trong {DomainWords.TimeLimit(limit)})" : "";

    private static string Next(Flowchart root, string activityId, string port)
    {
        var targets = root.Targets(activityId, port).Select(t => root.Find(t)?.Name ?? t).ToList();
        return targets.Count == 0 ? "(dừng)" : string.Join(", ", targets);
    }

    private static void AppendRouting(StringBuilder text, Flowchart root)
    {
        text.Append("## Liên thông (routing)\n\n");
        var any = false;
        foreach (var activity in FlowOrder(root))
        {
            switch (activity)
            {
                case ConsultationActivity c:
                    text.Append("- Lấy ý kiến song song (parallel consultation) — ").Append(Line(c.Name)).Append(":\n");
                    foreach (var a in c.Agencies) text.Append("  - ").Append(Line(a.Agency)).Append(": ").Append(DomainWords.TimeLimit(a.TimeLimit)).Append('\n');
                    any = true;
                    break;
                case RoutingSlipActivity r:
                    text.Append("- Phiếu chuyển xử lý theo thứ tự (routing slip) — ").Append(Line(r.Name)).Append(":\n");
                    for (var i = 0; i < r.Stops.Count; i++)
                    {
                        var s = r.Stops[i];
                        text.Append("  ").Append(i + 1).Append(". ").Append(Line(s.Agency));
                        if (s.Task is { Length: > 0 } task) text.Append(" — ").Append(Line(task));
                        text.Append(": ").Append(DomainWords.TimeLimit(s.TimeLimit)).Append('\n');
                    }
                    any = true;
                    break;
                case ForwardingActivity f:
                    text.Append("- Chuyển cấp trên và nhận kết quả về (forwarding) — ").Append(Line(f.Name)).Append(": ")
                        .Append(Line(f.Agency)).Append(", ").Append(DomainWords.TimeLimit(f.TimeLimit)).Append('\n');
                    any = true;
                    break;
                case TransferActivity t:
                    text.Append("- Chuyển hồ sơ đến cơ quan khác (transfer) — ").Append(Line(t.Name)).Append(": ")
                        .Append(Line(t.Agency)).Append(", ").Append(DomainWords.TimeLimit(t.TimeLimit, t.LimitFrom)).Append('\n');
                    any = true;
                    break;
                case NoticeActivity n:
                    text.Append("- Thông báo, không chờ trả lời (notice) — ").Append(Line(n.Name)).Append(": ")
                        .Append(Line(n.Sender ?? DomainWords.ExecutingAgency)).Append(" → ").Append(Line(n.Recipient)).Append('\n');
                    any = true;
                    break;
                case AwaitActivity w:
                    text.Append("- Chờ bên ngoài, dừng tính thời hạn (await, clock stopped) — ").Append(Line(w.Name)).Append(": ")
                        .Append(Line(w.Party)).Append(", ").Append(w.TimeLimit is { } limit ? DomainWords.TimeLimit(limit, w.LimitFrom) : "không thời hạn")
                        .Append("; ").Append(Line(w.RecordedBy)).Append(" ghi nhận kết quả\n");
                    any = true;
                    break;
                case PublicPostingActivity p:
                    text.Append("- Niêm yết công khai (public posting) — ").Append(Line(p.Name)).Append(": ")
                        .Append(Line(p.Place)).Append(", ").Append(DomainWords.TimeLimit(p.TimeLimit)).Append('\n');
                    any = true;
                    break;
            }
        }
        if (!any) text.Append("Không có (none).\n");
        text.Append('\n');
    }

    /// <summary>Left to right as in the diagram: by column (longest path from Start), then row.</summary>
    private static IEnumerable<Activity> FlowOrder(Flowchart root) => FlowchartLayout.Compute(root).Select(n => n.Activity);

    private static string? Count(int n) => n == 0 ? null : n.ToString(CultureInfo.InvariantCulture);

    private static IReadOnlyList<string?> Row(params string?[] cells) => cells;

    private static string Line(string text) => text.Replace("\r", "").Replace("\n", " ");
}
