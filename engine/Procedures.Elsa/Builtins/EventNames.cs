namespace Procedures.Elsa.Builtins;

/// <summary>
/// The names of the events an exported workflow waits for: <c>procedures:&lt;procedure code&gt;:&lt;activity id&gt;</c>,
/// for example <c>procedures:1.001978:tham-dinh</c>. The id is the step's own for the event that waits for the step,
/// <c>&lt;step&gt;--&lt;agency&gt;</c> for an agency's reply in a consultation of several agencies and
/// <c>&lt;step&gt;--&lt;n&gt;-&lt;agency&gt;</c> for the n-th stop of a routing slip; each event activity also names its
/// step and agency in its customProperties. Elsa's bookmark for an event depends on the name only, so a trigger must
/// name the instance or its correlation id (the dossier id).
/// </summary>
public static class EventNames
{
    public const string Prefix = "procedures";

    public static string For(string procedureCode, string activityId) => $"{Prefix}:{procedureCode}:{activityId}";
}
