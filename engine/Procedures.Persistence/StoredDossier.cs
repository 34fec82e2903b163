using Procedures.Runtime.State;

namespace Procedures.Persistence;

/// <summary>A dossier as stored: its instance and the revision a resume must start from.</summary>
public sealed record StoredDossier(WorkflowInstance Instance, int Revision);
