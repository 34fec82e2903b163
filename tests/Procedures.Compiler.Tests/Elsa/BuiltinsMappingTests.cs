using System.Text.Json;
using Procedures.Elsa;
using Procedures.Workflows.Versioning;

namespace Procedures.Compiler.Tests.Elsa;

/// <summary>Each rule of the built-ins profile on <see cref="ElsaFixtures.EveryKind"/>, with the JSON Elsa reads.</summary>
public class BuiltinsMappingTests
{
    static readonly ExportedWorkflow Export = ExportedWorkflow.Of(ElsaFixtures.EveryKindDefinition);

    static string[] Links(string from) => [.. Export.From(from).Select(c => $"{c.Port} -> {c.Target}")];

    [Fact]
    public void An_officer_s_decision_is_an_event_keeping_its_payload_then_a_switch_whose_cases_are_the_outcomes()
    {
        Assert.Equal("""
            {
              "eventName": {
                "typeName": "String",
                "expression": {
                  "type": "Literal",
                  "value": "procedures:1.999001:tham-dinh"
                }
              },
              "result": {
                "typeName": "Object",
                "memoryReference": {
                  "id": "var-decision"
                }
              },
              "id": "tham-dinh",
              "nodeId": "Workflow1:flowchart:tham-dinh",
              "name": "ThamDinh",
              "type": "Elsa.Event",
              "version": 1,
              "customProperties": {
                "canStartWorkflow": false,
                "runAsynchronously": false,
                "procedures": {
                  "stepId": "tham-dinh",
                  "title": "Thẩm định hồ sơ",
                  "kind": "UnitTask",
                  "unit": "Phòng Lao động - Việc làm",
                  "timeLimit": {
                    "amount": 10,
                    "unit": "WorkingDays"
                  }
                }
              }
            }
            """, Export.Text("tham-dinh"));
        Assert.Equal("""
            {
              "cases": [
                {
                  "label": "du",
                  "condition": {
                    "type": "CSharp",
                    "value": "Variable.Decision[\"outcome\"]?.ToString() == \"du\""
                  }
                },
                {
                  "label": "thieu",
                  "condition": {
                    "type": "CSharp",
                    "value": "Variable.Decision[\"outcome\"]?.ToString() == \"thieu\""
                  }
                },
                {
                  "label": "khong-du",
                  "condition": {
                    "type": "CSharp",
                    "value": "Variable.Decision[\"outcome\"]?.ToString() == \"khong-du\""
                  }
                }
              ],
              "mode": {
                "typeName": "Elsa.Workflows.SwitchMode, Elsa.Workflows.Core",
                "expression": {
                  "type": "Literal",
                  "value": "MatchFirst"
                }
              },
              "id": "tham-dinh--ket-qua",
              "nodeId": "Workflow1:flowchart:tham-dinh--ket-qua",
              "name": "ThamDinhKetQua",
              "type": "Elsa.FlowSwitch",
              "version": 1,
              "customProperties": {
                "canStartWorkflow": false,
                "runAsynchronously": false,
                "procedures": {
                  "stepId": "tham-dinh",
                  "title": "Thẩm định hồ sơ",
                  "kind": "UnitTask"
                }
              }
            }
            """, Export.Text("tham-dinh--ket-qua"));
        Assert.Equal(["Done -> tham-dinh--ket-qua"], Links("tham-dinh"));
        Assert.Equal(["Default -> tham-dinh", "du -> kiem-tra", "thieu -> tham-dinh--bo-sung", "khong-du -> tham-dinh--tu-choi"], Links("tham-dinh--ket-qua"));
        // The receipt is a decision of the one-stop office over the engine's own outcome names.
        Assert.Equal(["Default -> tiep-nhan", "Received -> tham-dinh", "Incomplete -> tiep-nhan--bo-sung", "Refused -> tiep-nhan--tu-choi"], Links("tiep-nhan--ket-qua"));
    }

    [Fact]
    public void A_step_with_one_way_out_is_an_event_that_acknowledges_and_keeps_no_payload()
    {
        Assert.Equal("""
            {
              "eventName": {
                "typeName": "String",
                "expression": {
                  "type": "Literal",
                  "value": "procedures:1.999001:ky"
                }
              },
              "result": null,
              "id": "ky",
              "nodeId": "Workflow1:flowchart:ky",
              "name": "Ky",
              "type": "Elsa.Event",
              "version": 1,
              "customProperties": {
                "canStartWorkflow": false,
                "runAsynchronously": false,
                "procedures": {
                  "stepId": "ky",
                  "title": "Ký quyết định",
                  "kind": "UnitTask",
                  "unit": "Lãnh đạo Sở Nội vụ",
                  "timeLimit": {
                    "amount": 1,
                    "unit": "WorkingDays"
                  }
                }
              }
            }
            """, Export.Text("ky"));
        Assert.Equal(["Done -> tra-ket-qua"], Links("ky"));
        // The applicant's completion is acknowledged the same way and goes back to the step that asked.
        Assert.Equal(JsonValueKind.Null, Export["tham-dinh--bo-sung"].GetProperty("result").ValueKind);
        Assert.Equal(["Done -> tham-dinh"], Links("tham-dinh--bo-sung"));
    }

    [Fact]
    public void A_consultation_of_several_agencies_forks_waits_for_each_reply_and_joins_in_WaitAll()
    {
        Assert.Equal("""
            {
              "branches": {
                "typeName": "List<String>",
                "expression": {
                  "type": "Literal",
                  "value": "[\"so-tu-phap\",\"so-tai-chinh\"]"
                }
              },
              "id": "y-kien",
              "nodeId": "Workflow1:flowchart:y-kien",
              "name": "YKien",
              "type": "Elsa.FlowFork",
              "version": 1,
              "customProperties": {
                "canStartWorkflow": false,
                "runAsynchronously": false,
                "procedures": {
                  "stepId": "y-kien",
                  "title": "Lấy ý kiến",
                  "kind": "Consultation"
                }
              }
            }
            """, Export.Text("y-kien"));
        Assert.Equal("""
            {
              "eventName": {
                "typeName": "String",
                "expression": {
                  "type": "Literal",
                  "value": "procedures:1.999001:y-kien--so-tu-phap"
                }
              },
              "result": null,
              "id": "y-kien--so-tu-phap",
              "nodeId": "Workflow1:flowchart:y-kien--so-tu-phap",
              "name": "YKienSoTuPhap",
              "type": "Elsa.Event",
              "version": 1,
              "customProperties": {
                "canStartWorkflow": false,
                "runAsynchronously": false,
                "procedures": {
                  "stepId": "y-kien",
                  "title": "Lấy ý kiến",
                  "kind": "Consultation",
                  "agency": "Sở Tư pháp",
                  "timeLimit": {
                    "amount": 3,
                    "unit": "WorkingDays"
                  }
                }
              }
            }
            """, Export.Text("y-kien--so-tu-phap"));
        Assert.Equal("""
            {
              "mode": {
                "typeName": "Elsa.Workflows.Activities.Flowchart.Models.FlowJoinMode, Elsa.Workflows.Core",
                "expression": {
                  "type": "Literal",
                  "value": "WaitAll"
                }
              },
              "id": "y-kien--du-y-kien",
              "nodeId": "Workflow1:flowchart:y-kien--du-y-kien",
              "name": "YKienDuYKien",
              "type": "Elsa.FlowJoin",
              "version": 1,
              "customProperties": {
                "canStartWorkflow": false,
                "runAsynchronously": false,
                "procedures": {
                  "stepId": "y-kien",
                  "title": "Lấy ý kiến",
                  "kind": "Consultation"
                }
              }
            }
            """, Export.Text("y-kien--du-y-kien"));
        Assert.Equal(["so-tu-phap -> y-kien--so-tu-phap", "so-tai-chinh -> y-kien--so-tai-chinh"], Links("y-kien"));
        Assert.Equal(["Done -> y-kien--du-y-kien"], Links("y-kien--so-tu-phap"));
        Assert.Equal(["Done -> y-kien--du-y-kien"], Links("y-kien--so-tai-chinh"));
        Assert.Equal(["Done -> luan-chuyen"], Links("y-kien--du-y-kien"));
    }

    [Fact]
    public void A_consultation_of_one_agency_is_its_reply_event_and_a_posting_without_complaints_is_an_event_alone()
    {
        var simpler = ExportedWorkflow.Of(ElsaFixtures.Compile(ElsaFixtures.Simpler));

        Assert.Equal("Elsa.Event", ExportedWorkflow.Type(simpler["y-kien"]));
        Assert.Equal("procedures:1.999001:y-kien", simpler["y-kien"].GetProperty("eventName").GetProperty("expression").GetProperty("value").GetString());
        Assert.Equal("Sở Tư pháp", simpler["y-kien"].GetProperty("customProperties").GetProperty("procedures").GetProperty("agency").GetString());
        Assert.DoesNotContain(simpler.Activities, a => ExportedWorkflow.Type(a) is "Elsa.FlowFork" or "Elsa.FlowJoin");
        Assert.Equal(["Done -> ky"], simpler.From("niem-yet").Select(c => $"{c.Port} -> {c.Target}"));
        Assert.False(simpler.ById.ContainsKey("niem-yet--ket-qua"));
    }

    [Fact]
    public void A_routing_slip_is_a_chain_of_events_one_for_each_agency_in_the_slip_s_order()
    {
        Assert.Equal("""
            {
              "eventName": {
                "typeName": "String",
                "expression": {
                  "type": "Literal",
                  "value": "procedures:1.999001:luan-chuyen--2-cong-an-tinh"
                }
              },
              "result": null,
              "id": "luan-chuyen--2-cong-an-tinh",
              "nodeId": "Workflow1:flowchart:luan-chuyen--2-cong-an-tinh",
              "name": "LuanChuyen2CongAnTinh",
              "type": "Elsa.Event",
              "version": 1,
              "customProperties": {
                "canStartWorkflow": false,
                "runAsynchronously": false,
                "procedures": {
                  "stepId": "luan-chuyen",
                  "title": "Luân chuyển hồ sơ",
                  "kind": "RoutingSlip",
                  "agency": "Công an tỉnh",
                  "timeLimit": {
                    "amount": 2,
                    "unit": "WorkingDays"
                  }
                }
              }
            }
            """, Export.Text("luan-chuyen--2-cong-an-tinh"));
        var first = Export["luan-chuyen"].GetProperty("customProperties").GetProperty("procedures");
        Assert.Equal(("Sở Tư pháp", "Thẩm định"), (first.GetProperty("agency").GetString(), first.GetProperty("task").GetString()));
        Assert.Equal(["Done -> luan-chuyen--2-cong-an-tinh"], Links("luan-chuyen"));
        Assert.Equal(["Done -> len-bo"], Links("luan-chuyen--2-cong-an-tinh"));
    }

    [Fact]
    public void A_forwarding_waits_for_the_higher_agency_s_event_with_its_working_day_limit_as_a_fact()
    {
        var facts = Export["len-bo"].GetProperty("customProperties").GetProperty("procedures");

        Assert.Equal("Elsa.Event", ExportedWorkflow.Type(Export["len-bo"]));
        Assert.Equal("Bộ Nội vụ", facts.GetProperty("agency").GetString());
        Assert.Equal("""{"amount":10,"unit":"WorkingDays"}""", facts.GetProperty("timeLimit").GetRawText().Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal));
        Assert.Equal(["Done -> niem-yet"], Links("len-bo"));
    }

    [Fact]
    public void A_posting_is_an_event_the_engine_publishes_when_the_period_ends_and_no_timer_anywhere()
    {
        Assert.Equal(["Done", "Complaint"], Export["niem-yet--ket-qua"].GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("label").GetString()));
        Assert.Equal(["Default -> niem-yet", "Done -> ky", "Complaint -> tham-dinh"], Links("niem-yet--ket-qua"));
        var facts = Export["niem-yet"].GetProperty("customProperties").GetProperty("procedures");
        Assert.Equal(2, facts.GetProperty("timeLimit").GetProperty("amount").GetInt32());
        Assert.Equal("WorkingDays", facts.GetProperty("timeLimit").GetProperty("unit").GetString());
        Assert.DoesNotContain(Export.Activities, a => ElsaContract.Timers.Contains(ExportedWorkflow.Type(a)));
        // The complaint's way back to the appraisal is a loop-back Elsa accepts.
        var (forward, backward) = Export.Split();
        var complaint = Assert.Single(backward, c => c.Port == "Complaint");
        Assert.True(ElsaContract.IsValidBackward(Export.Start, [.. forward.Select(c => (c.Source, c.Target))], (complaint.Source, complaint.Target)));
    }

    [Fact]
    public void A_branch_on_the_dossier_s_data_is_a_FlowDecision_reading_the_workflow_inputs()
    {
        Assert.Equal("""
            {
              "condition": {
                "typeName": "Boolean",
                "expression": {
                  "type": "CSharp",
                  "value": "Input.Age >= 60 && Input.Salary > 0"
                }
              },
              "id": "kiem-tra",
              "nodeId": "Workflow1:flowchart:kiem-tra",
              "name": "KiemTra",
              "type": "Elsa.FlowDecision",
              "version": 1,
              "customProperties": {
                "canStartWorkflow": false,
                "runAsynchronously": false,
                "procedures": {
                  "stepId": "kiem-tra",
                  "title": "Đủ tuổi?",
                  "kind": "Decision"
                }
              }
            }
            """, Export.Text("kiem-tra"));
        Assert.Equal(["True -> y-kien", "False -> luan-chuyen"], Links("kiem-tra"));
    }

    [Fact]
    public void A_refusal_at_receipt_ends_at_End_a_later_one_goes_to_the_return_and_the_return_keeps_it()
    {
        Assert.Equal("""
            {
              "variable": {
                "id": "var-outcome",
                "name": "Outcome",
                "typeName": "String"
              },
              "value": {
                "typeName": "Object",
                "expression": {
                  "type": "Literal",
                  "value": "refused"
                }
              },
              "id": "tiep-nhan--tu-choi",
              "nodeId": "Workflow1:flowchart:tiep-nhan--tu-choi",
              "name": "TiepNhanTuChoi",
              "type": "Elsa.SetVariable",
              "version": 1,
              "customProperties": {
                "canStartWorkflow": false,
                "runAsynchronously": false,
                "procedures": {
                  "stepId": "tiep-nhan--tu-choi",
                  "title": "Từ chối tiếp nhận hồ sơ",
                  "kind": "Refusal"
                }
              }
            }
            """, Export.Text("tiep-nhan--tu-choi"));
        Assert.Equal(["Done -> ket-thuc"], Links("tiep-nhan--tu-choi"));
        Assert.Equal(["Done -> tra-ket-qua"], Links("tham-dinh--tu-choi"));
        Assert.Equal("Variable.Outcome ?? \"resolved\"", Export["tra-ket-qua"].GetProperty("value").GetProperty("expression").GetProperty("value").GetString());
        Assert.Equal(["Done -> ket-thuc"], Links("tra-ket-qua"));
        Assert.Equal("Elsa.End", ExportedWorkflow.Type(Export["ket-thuc"]));
        Assert.Empty(Links("ket-thuc"));
    }

    [Fact]
    public void The_dossier_s_data_are_workflow_inputs_typed_for_Elsa_and_saved_with_the_instance()
    {
        Assert.Equal("""
            [
              {
                "uiHint": "singleline",
                "storageDriverType": "Elsa.Workflows.WorkflowInstanceStorageDriver, Elsa.Workflows.Core",
                "type": "Int64",
                "name": "Age",
                "displayName": "Tuổi",
                "description": "",
                "category": "Dữ liệu hồ sơ"
              },
              {
                "uiHint": "singleline",
                "storageDriverType": "Elsa.Workflows.WorkflowInstanceStorageDriver, Elsa.Workflows.Core",
                "type": "Decimal?",
                "name": "Salary",
                "displayName": "Tiền lương",
                "description": "Theo hợp đồng",
                "category": "Dữ liệu hồ sơ"
              },
              {
                "uiHint": "singleline",
                "storageDriverType": "Elsa.Workflows.WorkflowInstanceStorageDriver, Elsa.Workflows.Core",
                "type": "System.DateOnly, System.Private.CoreLib",
                "name": "BirthDate",
                "displayName": "Ngày sinh",
                "description": "",
                "category": "Dữ liệu hồ sơ"
              },
              {
                "uiHint": "multitext",
                "storageDriverType": "Elsa.Workflows.WorkflowInstanceStorageDriver, Elsa.Workflows.Core",
                "type": "List<String>",
                "name": "Kinds",
                "displayName": "Loại",
                "description": "Giá trị: a; b",
                "category": "Dữ liệu hồ sơ"
              }
            ]
            """, Indented(Export.Root.GetProperty("inputs")));
        Assert.Equal(typeof(DateOnly), ElsaContract.TypeOf("System.DateOnly, System.Private.CoreLib"));
        Assert.Equal(typeof(DateOnly?), ElsaContract.TypeOf("System.Nullable`1[[System.DateOnly, System.Private.CoreLib]], System.Private.CoreLib"));
        Assert.Equal(typeof(decimal?), ElsaContract.TypeOf("Decimal?"));
    }

    [Fact]
    public void The_receipt_carries_the_documents_checked_and_the_legal_basis()
    {
        Assert.Equal("""
            {
              "stepId": "tiep-nhan",
              "title": "Tiếp nhận hồ sơ",
              "kind": "Receipt",
              "unit": "Bộ phận Một cửa",
              "timeLimit": {
                "amount": 0.5,
                "unit": "WorkingDays"
              },
              "documents": {
                "common": [
                  {
                    "id": "request",
                    "name": "Đơn đề nghị",
                    "form": "Mẫu số 01",
                    "originals": 1,
                    "copies": 0,
                    "certifiedCopies": 0,
                    "required": true
                  }
                ],
                "cases": [
                  {
                    "name": "Người cao tuổi",
                    "condition": "Age >= 60",
                    "documents": [
                      {
                        "id": "so-bhxh",
                        "name": "Sổ bảo hiểm xã hội",
                        "originals": 0,
                        "copies": 1,
                        "certifiedCopies": 0,
                        "required": true
                      }
                    ]
                  }
                ]
              },
              "legalBasis": [
                {
                  "code": "38/2013/QH13",
                  "name": "Luật Việc làm",
                  "article": "46"
                }
              ]
            }
            """, Indented(Export["tiep-nhan"].GetProperty("customProperties").GetProperty("procedures")));
    }

    [Fact]
    public void The_header_is_our_version_sequence_published_and_ids_stay_when_a_version_adds_a_step()
    {
        var store = new DefinitionStore();
        var first = store.Publish(ElsaFixtures.Compile(ElsaFixtures.EveryKind)).Definition;
        var edited = ElsaFixtures.EveryKind.Replace(
            "  step ky \"Ký quyết định\"",
            "  step trinh \"Trình ký\" by \"Lãnh đạo Sở Nội vụ\" within 1 working day\n  step ky \"Ký quyết định\"", StringComparison.Ordinal);
        var second = ExportedWorkflow.Of(store.Publish(ElsaFixtures.Compile(edited)).Definition);
        var unpublished = ExportedWorkflow.Of(ElsaFixtures.Compile(ElsaFixtures.EveryKind)).Root;

        Assert.Equal(2, second.Root.GetProperty("version").GetInt32());
        Assert.Equal("1.999001-v2", second.Root.GetProperty("id").GetString());
        Assert.True(second.Root.GetProperty("isPublished").GetBoolean() && second.Root.GetProperty("isLatest").GetBoolean());
        Assert.Equal(1, unpublished.GetProperty("version").GetInt32());
        Assert.False(unpublished.GetProperty("isPublished").GetBoolean());
        Assert.False(unpublished.GetProperty("isLatest").GetBoolean());
        var before = ExportedWorkflow.Of(first).ById.Keys.ToHashSet();
        Assert.Equal(["trinh"], second.ById.Keys.Where(id => !before.Contains(id)));
        Assert.Subset(second.ById.Keys.ToHashSet(), before);
    }

    [Fact]
    public void The_layout_runs_left_to_right_with_the_way_first_met_on_the_top_row()
    {
        (int X, int Y) At(string id)
        {
            var position = Export[id].GetProperty("metadata").GetProperty("designer").GetProperty("position");
            return (position.GetProperty("x").GetInt32(), position.GetProperty("y").GetInt32());
        }
        string[] main = ["bat-dau", "tiep-nhan", "tiep-nhan--ket-qua", "tham-dinh", "tham-dinh--ket-qua", "kiem-tra", "y-kien", "y-kien--so-tu-phap",
            "y-kien--du-y-kien", "luan-chuyen", "luan-chuyen--2-cong-an-tinh", "len-bo", "niem-yet", "niem-yet--ket-qua", "ky", "tra-ket-qua", "ket-thuc"];

        Assert.Equal(main.Select((_, i) => (i * 300, 0)), main.Select(At));
        Assert.Equal((2100, 150), At("y-kien--so-tai-chinh"));
        Assert.Equal((900, 150), At("tiep-nhan--bo-sung"));
        Assert.Equal((900, 300), At("tiep-nhan--tu-choi"));
        Assert.Equal("Thẩm định hồ sơ", Export["tham-dinh"].GetProperty("metadata").GetProperty("displayText").GetString());
    }

    [Fact]
    public void The_export_is_deterministic_LF_UTF8_and_tells_an_Elsa_user_what_to_do()
    {
        var text = ElsaExporter.Export(ElsaFixtures.EveryKindDefinition);

        Assert.Equal(text, ElsaExporter.Export(ElsaFixtures.EveryKindDefinition));
        Assert.DoesNotContain("\r", text);
        Assert.EndsWith("}\n", text);
        Assert.Contains("\"title\": \"Thẩm định hồ sơ\"", text);
        var description = Export.Root.GetProperty("description").GetString()!;
        Assert.Contains("nhập (import) và xuất bản (publish)", description);
        Assert.Contains("correlationId là id của hồ sơ (có ngay khi nộp; số hồ sơ chỉ có khi tiếp nhận)", description);
        Assert.Contains("procedures:1.999001:<mã hoạt động>", description);
        var procedures = Export.Root.GetProperty("customProperties").GetProperty("procedures");
        Assert.Equal("procedures:1.999001:<activity id>", procedures.GetProperty("events").GetString());
    }

    [Fact]
    public void A_condition_Elsa_cannot_read_is_never_exported()
    {
        var definition = ElsaFixtures.EveryKindDefinition;
        var branch = (Procedures.Workflows.Activities.DecisionActivity)definition.Root.Find("kiem-tra")!;
        var broken = definition with
        {
            Facts = definition.Facts with { Data = [.. definition.Facts.Data, new Procedures.Workflows.Facts.DataField("Tuoi_bao", Procedures.Workflows.Facts.DataType.WholeNumber, true)] },
            Root = definition.Root with { Activities = [.. definition.Root.Activities.Select(a => a == branch ? branch with { Condition = "Tuoi_bao >= 60" } : a)] },
        };

        var refused = Assert.Throws<ArgumentException>(() => ElsaExporter.Export(broken));
        Assert.StartsWith("the condition of \"kiem-tra\" reads \"Tuoi_bao\", which Elsa's C# cannot read; the compiler reports it as PRC2213", refused.Message);
    }

    static string Indented(JsonElement element) => System.Text.Json.Nodes.JsonNode.Parse(element.GetRawText())!.ToJsonString(new JsonSerializerOptions
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
