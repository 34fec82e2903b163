using Procedures.Calendar;
using Procedures.Calendar.Data;
using Procedures.Workflows;

namespace Procedures.Compiler.Tests;

/// <summary>
/// The frozen copies in tests/Fixtures/procedures (catalogues, calendar data, four procedures), compiled once: tests
/// that check dates and words read these, so that legal staff editing procedures/ cannot break them.
/// </summary>
public static class FixtureProcedures
{
    public static string Folder => Fixtures.Folder;

    static readonly Lazy<IReadOnlyDictionary<string, WorkflowDefinition>> compiled = new(() => ProcedureSnapshots.CompileFolder(Folder));
    static readonly Lazy<VietnamWorkingCalendar> calendar = new(() =>
    {
        var loaded = CalendarLoader.FromDirectory(Path.Combine(Folder, "calendar"));
        Assert.Empty(loaded.Diagnostics);
        return loaded.Calendar;
    });

    public static IReadOnlyDictionary<string, WorkflowDefinition> All => compiled.Value;

    public static VietnamWorkingCalendar Calendar => calendar.Value;
}
