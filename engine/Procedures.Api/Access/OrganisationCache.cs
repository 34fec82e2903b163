using System.Collections.Immutable;
using Procedures.Language;
using Procedures.Library;

namespace Procedures.Api.Access;

/// <summary>
/// The <see cref="Organisation"/> of the library's current catalogue files, rebuilt only when a reload changed the set of
/// files it read (a catalogue edit goes live like a procedure edit).
/// </summary>
public sealed class OrganisationCache(Func<ProcedureLibrary> library)
{
    private volatile Built? _built;

    public Organisation Current
    {
        get
        {
            var files = library().Snapshot.Files;
            var built = _built;
            if (built is not null && ReferenceEquals(built.Files, files)) return built.Organisation;
            var catalogue = Compilation.Create(files.Values.Where(f => f.IsCatalogue).Select(f => (f.Syntax, f.Diagnostics))).Catalogue;
            var fresh = new Built(files, new Organisation(catalogue));
            _built = fresh;
            return fresh.Organisation;
        }
    }

    private sealed record Built(ImmutableSortedDictionary<string, ParsedFile> Files, Organisation Organisation);
}
