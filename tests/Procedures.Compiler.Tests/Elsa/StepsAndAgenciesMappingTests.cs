using System.Text.Json;

namespace Procedures.Compiler.Tests.Elsa;

/// <summary>
/// The second edition's steps and agencies on stock Elsa built-ins (<see cref="ElsaFixtures.StepsAndAgencies"/>): a
/// notice publishes an event and goes on, deemed approval is a case of the step's switch the engine's timer triggers,
/// the applicant's and a party's steps are events an officer records, a return for amendment sets how the dossier
/// ended, and the header and the receipt carry the agencies.
/// </summary>
public class StepsAndAgenciesMappingTests
{
    static readonly ExportedWorkflow Export = ExportedWorkflow.Of(ElsaFixtures.StepsAndAgenciesDefinition);

    static string[] Links(string from) => [.. Export.From(from).Select(c => $"{c.Port} -> {c.Target}")];

    static JsonElement Facts(string id) => Export[id].GetProperty("customProperties").GetProperty("procedures");

    [Fact]
    public void A_notice_publishes_the_step_s_event_for_the_dossier_with_its_recipient_and_goes_on_at_once()
    {
        Assert.Equal("""
            {
              "eventName": {
                "typeName": "String",
                "expression": {
                  "type": "Literal",
                  "value": "procedures:1.999003:gui-bhxh"
                }
              },
              "correlationId": {
                "typeName": "String",
                "expression": {
                  "type": "CSharp",
                  "value": "CorrelationId"
                }
              },
              "isLocalEvent": {
                "typeName": "Boolean",
                "expression": {
                  "type": "Literal",
                  "value": false
                }
              },
              "payload": {
                "typeName": "Object",
                "expression": {
                  "type": "Object",
                  "value": "{\"step\":\"gui-bhxh\",\"title\":\"Gửi thông báo cho bảo hiểm xã hội\",\"recipient\":\"Bảo hiểm xã hội tỉnh\"}"
                }
              },
              "id": "gui-bhxh",
              "nodeId": "Workflow1:flowchart:gui-bhxh",
              "name": "GuiBhxh",
              "type": "Elsa.PublishEvent",
              "version": 1,
              "customProperties": {
                "canStartWorkflow": false,
                "runAsynchronously": false,
                "procedures": {
                  "stepId": "gui-bhxh",
                  "title": "Gửi thông báo cho bảo hiểm xã hội",
                  "kind": "Notice",
                  "recipient": "Bảo hiểm xã hội tỉnh"
                }
              }
            }
            """, Export.Text("gui-bhxh"));
        Assert.Equal(["Done -> chuyen-xa"], Links("gui-bhxh"));
    }

    [Fact]
    public void Deemed_approval_is_a_case_of_the_step_s_switch_that_the_engine_triggers_when_the_period_passes()
    {
        var cases = Export["xem-xet--ket-qua"].GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("label").GetString()!).ToArray();

        Assert.Equal(["can-sua", "trai-luat", "Silence"], cases);
        Assert.Equal("Silence", Facts("xem-xet").GetProperty("onSilence").GetString());
        Assert.Equal(["Default -> xem-xet", "Silence -> gui-bhxh", "can-sua -> sua-doi", "trai-luat -> xem-xet--tra-ho-so"], Links("xem-xet--ket-qua"));
    }

    [Fact]
    public void The_applicant_s_and_a_party_s_steps_are_events_an_officer_of_the_unit_before_records()
    {
        Assert.Equal(("Elsa.Event", "Applicant", "Phòng Lao động - Việc làm", "Người nộp hồ sơ"),
            (ExportedWorkflow.Type(Export["sua-doi"]), Facts("sua-doi").GetProperty("performer").GetString(),
                Facts("sua-doi").GetProperty("recordedBy").GetString(), Facts("sua-doi").GetProperty("unit").GetString()));
        Assert.Equal(("Party", "Tổ chức đại diện người lao động"),
            (Facts("y-kien").GetProperty("performer").GetString(), Facts("y-kien").GetProperty("unit").GetString()));
        Assert.False(Facts("xem-xet").TryGetProperty("performer", out _));
    }

    [Fact]
    public void A_return_for_amendment_records_how_the_dossier_ended_and_goes_to_the_return_step()
    {
        var value = Export["xem-xet--tra-ho-so"].GetProperty("value").GetProperty("expression");

        Assert.Equal("Elsa.SetVariable", ExportedWorkflow.Type(Export["xem-xet--tra-ho-so"]));
        Assert.Equal(("Literal", "returned-for-amendment"), (value.GetProperty("type").GetString(), value.GetProperty("value").GetString()));
        Assert.Equal(["Done -> tra-ket-qua"], Links("xem-xet--tra-ho-so"));
    }

    [Fact]
    public void A_transfer_waits_for_the_agency_it_goes_to()
    {
        Assert.Equal(("Elsa.Event", "Transfer", "Ủy ban nhân dân cấp xã"),
            (ExportedWorkflow.Type(Export["chuyen-xa"]), Facts("chuyen-xa").GetProperty("kind").GetString(), Facts("chuyen-xa").GetProperty("agency").GetString()));
    }

    [Fact]
    public void The_header_names_every_agency_with_its_condition_and_the_receiving_office_that_also_receives_and_returns()
    {
        var procedure = Export.Root.GetProperty("customProperties").GetProperty("procedures");

        Assert.Equal("""[{"name":"Bộ Nội vụ","code":"000.00.00.G09","condition":"Scope == \"liên tỉnh\""},{"name":"Sở Nội vụ","code":"000.00.19.H00"}]""",
            JsonSerializer.Serialize(procedure.GetProperty("agencies"), new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Equal(("Sở Nội vụ", "Ủy ban nhân dân cấp xã", "000.01.00.X00"),
            (procedure.GetProperty("executingAgency").GetString(), procedure.GetProperty("receivingAgency").GetString(), procedure.GetProperty("receivingAgencyCode").GetString()));
        Assert.Equal("Ủy ban nhân dân cấp xã", Facts("tiep-nhan").GetProperty("agency").GetString());
        Assert.Equal("Ủy ban nhân dân cấp xã", Facts("tra-ket-qua").GetProperty("agency").GetString());
    }
}
