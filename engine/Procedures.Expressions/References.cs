using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Procedures.Expressions;

/// <summary>
/// What generated condition code is compiled against: the core library, System.Runtime and this assembly (for
/// <see cref="DossierData"/> and <see cref="ValueList"/>). Nothing else is referenced, so nothing else can even be
/// named; the whitelist then narrows what may be used.
/// </summary>
static class References
{
    public static ImmutableArray<MetadataReference> All { get; } = Load();

    static ImmutableArray<MetadataReference> Load()
    {
        var platform = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "").Split(Path.PathSeparator);
        string Platform(string name) => platform.First(p => Path.GetFileName(p).Equals(name, StringComparison.OrdinalIgnoreCase));
        return
        [
            MetadataReference.CreateFromFile(typeof(object).Assembly.Location),
            MetadataReference.CreateFromFile(Platform("System.Runtime.dll")),
            MetadataReference.CreateFromFile(typeof(DossierData).Assembly.Location),
        ];
    }
}
