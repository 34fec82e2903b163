using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Procedures.Expressions;

/// <summary>
/// What generated condition code is compiled against: the core library and System.Runtime, nothing else, so
/// nothing else can even be named; the whitelist then narrows what may be used. (Referencing an assembly whose own
/// references are not given makes Roslyn keep a little per compilation: memory would creep with every reload.)
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
        ];
    }
}
