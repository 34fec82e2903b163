using NodaTime.Text;
using Procedures.Elsa.Builtins;
using Procedures.Elsa.Procedures;
using Procedures.Workflows;

namespace Procedures.Elsa;

/// <summary>
/// Exports a compiled procedure as an Elsa 3.7 workflow definition (JSON), the shape of the files Elsa's own exporter
/// writes (shared/reference/elsa). The default <see cref="ElsaProfile.Builtins"/> profile runs on a stock Elsa server;
/// <see cref="ElsaProfile.Procedures"/> needs a module that registers the <c>Procedures.*</c> activities.
/// </summary>
public static class ElsaExporter
{
    public const string Schema = "https://elsaworkflows.io/schemas/workflow-definition/v3.0.0/schema.json";

    /// <summary>The Elsa release the export is written for (Elsa stores it and never reads it).</summary>
    public const string ToolVersion = "3.7.1.0";

    public static string Export(WorkflowDefinition definition, ElsaProfile profile = ElsaProfile.Builtins) => profile switch
    {
        ElsaProfile.Procedures => ProceduresProfile.Export(definition),
        _ => BuiltinsProfile.Export(definition),
    };

    /// <summary>Elsa numbers versions from 1: the definition's version sequence, and 1 for one not yet published (sequence 0).</summary>
    public static int Version(WorkflowDefinition definition) => Math.Max(1, definition.Version.Sequence);

    /// <summary>A fixed creation time so exports are reproducible: the effective date at 00:00 in Vietnam, else the Unix epoch.</summary>
    public static string CreatedAt(WorkflowDefinition definition) =>
        definition.Facts.EffectiveDate is { } date
            ? $"{LocalDatePattern.Iso.Format(date)}T00:00:00+07:00"
            : "1970-01-01T00:00:00+00:00";
}
