namespace Procedures.Engine.LoadChild;

/// <summary>
/// Tells the parent what is committed: one line <c>dossierId revision</c> per transition, written and flushed only after
/// the engine returned it as done, so every line the parent reads names a transition that is on disk.
/// </summary>
public sealed class CommitLog(TextWriter output)
{
    private readonly Lock _gate = new();

    public void Committed(Persistence.StoredDossier dossier)
    {
        var line = $"{dossier.Instance.DossierId} {dossier.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture)}\n";
        lock (_gate)
        {
            output.Write(line);
            output.Flush();
        }
    }
}
