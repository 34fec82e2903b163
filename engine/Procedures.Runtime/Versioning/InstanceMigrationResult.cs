using Procedures.Runtime.State;
using Procedures.Workflows.Versioning;

namespace Procedures.Runtime.Versioning;

/// <summary>The migrated instance, or the unchanged one with what could not be mapped.</summary>
public sealed record InstanceMigrationResult(bool Migrated, WorkflowInstance Instance, IReadOnlyList<UnmappedActivity> Unmapped);
