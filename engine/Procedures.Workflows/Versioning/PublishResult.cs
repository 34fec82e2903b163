namespace Procedures.Workflows.Versioning;

/// <summary>The stored definition after a publish, and whether a new version was created (false: same content as the latest).</summary>
public sealed record PublishResult(WorkflowDefinition Definition, bool IsNewVersion);
