using System.Text.Json;
using Procedures.Workflows;

namespace Procedures.Compiler.Tests.Elsa;

/// <summary>
/// Every repository procedure exported in the default profile keeps the contract of a stock Elsa 3.7.1 server
/// (shared/reference/elsa/CONTRACT.md, checklist §10), and means what the procedure means: the same outcome paths.
/// The fixtures with every kind of step (<see cref="ElsaFixtures"/>) and those that say time (tests/Fixtures/time: an await,
/// phases with a return mid-way, a deadline counted from a step) are held to the same contract.
/// </summary>
public class BuiltinsContractTests
{
    const string EveryKind = "fixture: every kind of step", Simpler = "fixture: one agency, no complaint",
        StepsAndAgencies = "fixture: steps and agencies of the second edition";
    const string Await = "fixture: " + Fixtures.Await, Phased = "fixture: " + Fixtures.Phased, Anchored = "fixture: " + Fixtures.AnchoredDeadline;

    public static TheoryData<string> Codes() =>
        new([.. RepositoryProcedures.All.Keys.Order(StringComparer.Ordinal), EveryKind, Simpler, StepsAndAgencies, Await, Phased, Anchored]);

    static readonly Lazy<WorkflowDefinition> simpler = new(() => ElsaFixtures.Published(ElsaFixtures.Simpler));
    static readonly Dictionary<string, Lazy<WorkflowDefinition>> time = new[] { Fixtures.Await, Fixtures.Phased, Fixtures.AnchoredDeadline }
        .ToDictionary(name => "fixture: " + name, name => new Lazy<WorkflowDefinition>(() => ElsaFixtures.Published(Fixtures.Time(name).Text)));

    static WorkflowDefinition Definition(string code) => code switch
    {
        EveryKind => ElsaFixtures.EveryKindDefinition,
        Simpler => simpler.Value,
        StepsAndAgencies => ElsaFixtures.StepsAndAgenciesDefinition,
        _ when time.TryGetValue(code, out var fixture) => fixture.Value,
        _ => RepositoryProcedures.All[code],
    };

    static ExportedWorkflow Export(string code) => ExportedWorkflow.Of(Definition(code));

    [Theory]
    [MemberData(nameof(Codes))]
    public void The_header_is_one_Elsa_runs_published_with_our_version(string code)
    {
        var root = Export(code).Root;

        Assert.Equal(JsonValueKind.Number, root.GetProperty("version").ValueKind);
        Assert.Equal(Definition(code).Version.Sequence, root.GetProperty("version").GetInt32());
        Assert.True(root.GetProperty("version").GetInt32() >= 1);
        Assert.True(root.GetProperty("isPublished").GetBoolean());
        Assert.True(root.GetProperty("isLatest").GetBoolean());
        Assert.Equal("3.7.1.0", root.GetProperty("toolVersion").GetString());
        Assert.Equal(Definition(code).DefinitionId, root.GetProperty("definitionId").GetString());
        Assert.Equal("Elsa.Flowchart", root.GetProperty("root").GetProperty("type").GetString());
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_activity_is_a_built_in_with_the_inputs_the_contract_lists(string code)
    {
        var export = Export(code);

        Assert.Equal(export.Activities.Count, export.ById.Count); // ids are unique
        foreach (var activity in export.Activities)
        {
            var id = ExportedWorkflow.Id(activity);
            Assert.True(ElsaContract.BuiltIns.TryGetValue(ExportedWorkflow.Type(activity), out var builtIn), $"{id}: {ExportedWorkflow.Type(activity)} is not a stock built-in");
            Assert.DoesNotContain(builtIn.Type, ElsaContract.Timers);
            Assert.Equal(JsonValueKind.Number, activity.GetProperty("version").ValueKind);
            Assert.Equal(1, activity.GetProperty("version").GetInt32());
            var keys = activity.EnumerateObject().Select(p => p.Name).ToList();
            Assert.Equal(ElsaContract.ActivityKeys, keys.TakeLast(ElsaContract.ActivityKeys.Length));
            var inputs = keys.SkipLast(ElsaContract.ActivityKeys.Length).ToList();
            Assert.All(inputs, key => Assert.Contains(key, builtIn.Inputs.Select(i => i.Key).Concat(builtIn.Outputs)));
            foreach (var input in builtIn.Inputs)
            {
                Assert.True(activity.TryGetProperty(input.Key, out var value), $"{id}: no input {input.Key}");
                if (input.TypeName is null) continue;
                Assert.Equal(input.TypeName, value.GetProperty("typeName").GetString());
                Assert.Contains(value.GetProperty("expression").GetProperty("type").GetString(), ElsaContract.ExpressionTypes);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_connection_leaves_through_an_outcome_of_its_source(string code)
    {
        var export = Export(code);

        foreach (var link in export.Connections)
        {
            var source = export[link.Source];
            Assert.Contains(link.Port, ElsaContract.BuiltIns[ExportedWorkflow.Type(source)].Outcomes(source));
            Assert.True(export.ById.ContainsKey(link.Target), $"{link.Target} is no activity");
            Assert.Equal("In", link.TargetPort);
        }
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_activity_is_reached_forward_from_the_start_and_every_loop_back_is_one_Elsa_accepts(string code)
    {
        var export = Export(code);
        var (forward, backward) = export.Split();

        var reached = forward.Select(c => c.Target).Append(export.Start).ToHashSet();
        Assert.DoesNotContain(export.ById.Keys, id => !reached.Contains(id));
        var pairs = forward.Select(c => (c.Source, c.Target)).ToList();
        Assert.All(backward, loop => Assert.True(ElsaContract.IsValidBackward(export.Start, pairs, (loop.Source, loop.Target)), $"invalid loop-back {loop}"));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Parallel_branches_join_in_WaitAll_and_alternative_branches_join_without_a_FlowJoin(string code)
    {
        var export = Export(code);
        var (forward, _) = export.Split();

        var forks = export.Activities.Where(a => ExportedWorkflow.Type(a) == "Elsa.FlowFork").Select(ExportedWorkflow.Id).ToList();
        var joins = export.Activities.Where(a => ExportedWorkflow.Type(a) == "Elsa.FlowJoin").ToList();
        Assert.Equal(forks.Count, joins.Count);
        foreach (var fork in forks)
        {
            // Every branch reaches one join through activities with a single way out: no branch can be left untaken.
            var join = OutcomePaths.JoinOf(export, fork);
            Assert.Equal("WaitAll", export[join].GetProperty("mode").GetProperty("expression").GetProperty("value").GetString());
            Assert.Equal(export.From(fork).Count(), forward.Count(c => c.Target == join));
        }
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_decision_is_an_event_keeping_its_payload_followed_at_once_by_a_switch_over_its_outcome(string code)
    {
        var export = Export(code);
        var decision = Assert.Single(export.Root.GetProperty("variables").EnumerateArray(), v => v.GetProperty("typeName").GetString() == "ObjectDictionary");
        var events = export.Activities.Where(a => ExportedWorkflow.Type(a) == "Elsa.Event").ToList();

        foreach (var @switch in export.Activities.Where(a => ExportedWorkflow.Type(a) == "Elsa.FlowSwitch"))
        {
            var id = ExportedWorkflow.Id(@switch);
            var into = Assert.Single(export.Connections, c => c.Target == id);
            Assert.Equal("Done", into.Port);
            var @event = export[into.Source];
            Assert.Equal("Elsa.Event", ExportedWorkflow.Type(@event));
            Assert.Equal(decision.GetProperty("id").GetString(), @event.GetProperty("result").GetProperty("memoryReference").GetProperty("id").GetString());
            foreach (var c in @switch.GetProperty("cases").EnumerateArray())
            {
                var label = c.GetProperty("label").GetString();
                Assert.Equal($"Variable.{decision.GetProperty("name").GetString()}[\"outcome\"]?.ToString() == \"{label}\"", c.GetProperty("condition").GetProperty("value").GetString());
                Assert.Contains(export.From(id), l => l.Port == label);
            }
            // An outcome the step does not allow leaves it waiting: Default leads back to the event.
            Assert.Equal(into.Source, Assert.Single(export.From(id), l => l.Port == "Default").Target);
        }
        // An event with no switch after it is an acknowledgement and keeps no payload.
        Assert.All(events.Where(e => !export.From(ExportedWorkflow.Id(e)).Any(l => ExportedWorkflow.Type(export[l.Target]) == "Elsa.FlowSwitch")),
            e => Assert.Equal(JsonValueKind.Null, e.GetProperty("result").ValueKind));
        var names = events.Select(e => e.GetProperty("eventName").GetProperty("expression").GetProperty("value").GetString()).ToList();
        Assert.Equal(events.Select(e => $"procedures:{Definition(code).DefinitionId}:{ExportedWorkflow.Id(e)}"), names);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Variables_and_inputs_are_saved_with_the_instance_and_typed_as_Elsa_resolves_them(string code)
    {
        var root = Export(code).Root;

        foreach (var variable in root.GetProperty("variables").EnumerateArray())
        {
            var name = variable.GetProperty("name").GetString()!;
            Assert.True(char.IsUpper(name[0]) && ElsaContract.HasProperty(name), $"variable {name} is not PascalCase");
            Assert.Equal(ElsaContract.InstanceStorage, variable.GetProperty("storageDriverTypeName").GetString());
            Assert.NotEqual("JSON", variable.GetProperty("typeName").GetString(), StringComparer.OrdinalIgnoreCase);
            Assert.NotNull(ElsaContract.TypeOf(variable.GetProperty("typeName").GetString()!));
        }
        foreach (var input in root.GetProperty("inputs").EnumerateArray())
        {
            Assert.Equal(ElsaContract.InstanceStorage, input.GetProperty("storageDriverType").GetString());
            Assert.NotNull(ElsaContract.TypeOf(input.GetProperty("type").GetString()!));
        }
        Assert.Equal(Definition(code).Facts.Data.Select(f => f.Name), root.GetProperty("inputs").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_CSharp_expression_compiles_as_Elsa_compiles_it_and_conditions_read_only_declared_inputs(string code)
    {
        var export = Export(code);
        var declared = export.Root.GetProperty("inputs").EnumerateArray().Select(i => i.GetProperty("name").GetString()).ToHashSet();

        Assert.Empty(ElsaCSharp.Errors(export));
        foreach (var (_, expression, _) in ElsaCSharp.Expressions(export))
        {
            var (inputs, others) = ElsaCSharp.Names(expression);
            Assert.All(inputs, name => Assert.Contains(name, declared));
            Assert.Empty(others);
        }
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_outcome_path_of_the_procedure_is_a_path_of_the_export_and_no_other(string code)
    {
        var definition = Definition(code);

        var procedure = OutcomePaths.OfProcedure(definition);
        var export = OutcomePaths.OfExport(ExportedWorkflow.Of(definition));

        Assert.NotEmpty(procedure);
        Assert.Equal(procedure.Order(StringComparer.Ordinal), export.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_activity_names_its_step_and_the_receipt_carries_the_documents_and_the_legal_basis(string code)
    {
        var definition = Definition(code);
        var export = Export(code);

        foreach (var activity in export.Activities)
        {
            var id = ExportedWorkflow.Id(activity);
            var step = ExportedWorkflow.StepId(activity);
            Assert.NotNull(definition.Root.Find(step));
            Assert.True(id == step || id.StartsWith(step + "--", StringComparison.Ordinal), $"{id} does not name its step {step}");
        }
        Assert.All(definition.Root.Activities, a => Assert.True(export.ById.ContainsKey(a.Id), $"no activity starts step {a.Id}"));
        // A procedure its agency starts itself has no receipt: its start carries the documents and the legal basis.
        var carrier = definition.Facts.StartedByAgency ? "Start" : "Receipt";
        var receipt = export.Activities.Single(a => ExportedWorkflow.StepId(a) == ExportedWorkflow.Id(a)
            && a.GetProperty("customProperties").GetProperty("procedures").GetProperty("kind").GetString() == carrier);
        var facts = receipt.GetProperty("customProperties").GetProperty("procedures");
        Assert.Equal(definition.Facts.LegalBasis.Count, facts.GetProperty("legalBasis").GetArrayLength());
        Assert.Equal(definition.Facts.Documents.Common.Count, facts.GetProperty("documents").GetProperty("common").GetArrayLength());
        Assert.Equal(definition.Facts.Documents.Cases.Count, facts.GetProperty("documents").GetProperty("cases").GetArrayLength());
    }
}
