using Procedures.Calendar;
using Procedures.Calendar.Data;
using Procedures.Language;
using Procedures.Workflows;
using Procedures.Workflows.Versioning;

namespace Procedures.Compiler.Tests;

/// <summary>
/// The frozen copies in tests/Fixtures/procedures (catalogues, calendar data, four procedures), compiled once: tests
/// that check dates and words read these, so that legal staff editing procedures/ cannot break them.
/// </summary>
public static class FixtureProcedures
{
    public static string Folder { get; } = Path.Combine(RepositoryFiles.Root, "tests", "Fixtures", "procedures");

    static readonly Lazy<IReadOnlyDictionary<string, WorkflowDefinition>> compiled = new(Compile);
    static readonly Lazy<VietnamWorkingCalendar> calendar = new(() =>
    {
        var loaded = CalendarLoader.FromDirectory(Path.Combine(Folder, "calendar"));
        Assert.Empty(loaded.Diagnostics);
        return loaded.Calendar;
    });

    public static IReadOnlyDictionary<string, WorkflowDefinition> All => compiled.Value;

    public static VietnamWorkingCalendar Calendar => calendar.Value;

    static IReadOnlyDictionary<string, WorkflowDefinition> Compile()
    {
        var files = Directory.EnumerateFiles(Folder, "*.proc", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(RepositoryFiles.Read);
        var compilation = Compilation.Create(files);
        Assert.Empty(compilation.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
        var result = new SortedDictionary<string, WorkflowDefinition>(StringComparer.Ordinal);
        foreach (var procedure in compilation.Procedures)
        {
            var language = compilation.Files.Single(f => f.Source.Path == procedure.Path).Language;
            var (definition, diagnostics) = ProcedureCompiler.Compile(procedure, language);
            Assert.Empty(diagnostics.Select(d => d.ToString()));
            result[procedure.Code] = new DefinitionStore().Publish(definition!).Definition;
        }
        return result;
    }
}
