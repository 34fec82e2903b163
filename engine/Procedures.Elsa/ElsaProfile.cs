namespace Procedures.Elsa;

/// <summary>What an export maps the steps onto.</summary>
public enum ElsaProfile
{
    /// <summary>Activities every stock Elsa 3.7 server registers (events, switches, fork and join); the default.</summary>
    Builtins,

    /// <summary>One <c>Procedures.*</c> activity per step, which only an Elsa server with a module registering them can run.</summary>
    Procedures,
}

/// <summary>The profiles by the names the command line and the documentation use.</summary>
public static class ElsaProfiles
{
    public static IReadOnlyList<string> Names { get; } = ["builtins", "procedures"];

    public static string Name(ElsaProfile profile) => Names[(int)profile];

    /// <summary>The profile named <paramref name="name"/> (letter case ignored), or null.</summary>
    public static ElsaProfile? Parse(string name)
    {
        for (var i = 0; i < Names.Count; i++)
        {
            if (string.Equals(Names[i], name, StringComparison.OrdinalIgnoreCase)) return (ElsaProfile)i;
        }
        return null;
    }
}
