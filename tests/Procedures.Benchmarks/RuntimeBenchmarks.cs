using BenchmarkDotNet.Attributes;
using NodaTime;
using Procedures.Calendar;
using Procedures.Compiler;
using Procedures.Language;
using Procedures.Language.Syntax;
using Procedures.Language.Text;
using Procedures.Runtime;
using Procedures.Runtime.Simulation;
using Procedures.Runtime.State;
using Procedures.Runtime.Stimuli;
using Procedures.Testing;
using Procedures.Workflows;

namespace Procedures.Benchmarks;

/// <summary>
/// Dossiers through a five-step procedure in memory (receipt, appraisal, consultation, decision, return), with
/// the Vietnamese calendar. One operation is one dossier from submission to returned result.
/// </summary>
[MemoryDiagnoser]
public class RuntimeBenchmarks
{
    const string FiveSteps = """
        # language: en
        procedure 1.999001 "Thủ tục năm bước (benchmark)"
          field "Việc làm"
          level province
          agency "Trung tâm Dịch vụ việc làm"
          applicants ĐT1
          basis "38/2013/QH13" "Luật Việc làm"
          deadline 20 working days
          channel in-person
          result "Quyết định"

        documents
          request "Đơn đề nghị" 1 original

        steps
          receive tiep-nhan "Tiếp nhận hồ sơ" by one-stop within 0.5 working days
          step tham-dinh "Thẩm định" by "Phòng Bảo hiểm thất nghiệp" within 15 working days
          consult xac-nhan "Xác nhận" within 2 working days
            with "Bảo hiểm xã hội tỉnh"
          step quyet-dinh "Quyết định" by "Giám đốc Trung tâm Dịch vụ việc làm" within 2 working days
          return tra-ket-qua "Trả kết quả" by one-stop
        """;

    WorkflowDefinition definition = null!;
    DossierRuntime runtime = null!;
    int next;

    [GlobalSetup]
    public void Setup()
    {
        var compilation = Compilation.Create(RepositoryFiles.Catalogue().Append(new SourceFile("five-steps.proc", FiveSteps.Replace("\r\n", "\n"))));
        if (compilation.HasErrors)
            throw new InvalidOperationException(string.Join("\n", compilation.Diagnostics));
        definition = ProcedureCompiler.CompileAll(compilation).Single().Definition!;
        var clock = new ManualClock(new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero));
        runtime = new DossierRuntime(new VietnamWorkingCalendar(), clock);
    }

    [Benchmark(Description = "one dossier through five steps")]
    public WorkflowInstance Dossier()
    {
        var instance = runtime.Start(definition, new StartRequest($"HS-{next}")).Instance!;
        instance = runtime.Resume(definition, instance, new OfficerDecision("tiep-nhan", "Received"), $"BENCH-{next++}").Instance!;
        instance = runtime.Resume(definition, instance, new OfficerDecision("tham-dinh", "Done")).Instance!;
        instance = runtime.Resume(definition, instance, new AgencyReply("xac-nhan", "Bảo hiểm xã hội tỉnh")).Instance!;
        instance = runtime.Resume(definition, instance, new OfficerDecision("quyet-dinh", "Done")).Instance!;
        if (!instance.IsFinished)
            throw new InvalidOperationException("the dossier did not finish");
        return instance;
    }
}
