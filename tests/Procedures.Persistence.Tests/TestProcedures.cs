using Procedures.Calendar;
using Procedures.Calendar.Data;
using Procedures.Compiler;
using Procedures.Language;
using Procedures.Language.Text;
using Procedures.Workflows;

namespace Procedures.Persistence.Tests;

/// <summary>The frozen unemployment procedure compiled from its source, and the fixture calendar.</summary>
public static class TestProcedures
{
    static readonly Lazy<IWorkingCalendar> calendar = new(() =>
    {
        var loaded = CalendarLoader.FromDirectory(Fixtures.CalendarFolder);
        Assert.Empty(loaded.Diagnostics);
        return loaded.Calendar;
    });

    static readonly Lazy<WorkflowDefinition> unemployment = new(() => Compile(UnemploymentSource));

    public static IWorkingCalendar Calendar => calendar.Value;

    public static string UnemploymentSource => Fixtures.Text(Fixtures.Unemployment);

    /// <summary>Unemployment benefit, 1.001978, as version 1.</summary>
    public static WorkflowDefinition Unemployment => unemployment.Value;

    public static WorkflowDefinition Compile(string source)
    {
        var compilation = Compilation.Create(Fixtures.Catalogue().Append(new SourceFile("test.proc", source)));
        Assert.False(compilation.HasErrors);
        var definition = ProcedureCompiler.CompileAll(compilation).Single().Definition!;
        return definition with { Version = definition.Version with { Sequence = 1 }, IsPublished = true };
    }
}
