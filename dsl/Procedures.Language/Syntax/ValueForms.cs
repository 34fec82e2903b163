namespace Procedures.Language.Syntax;

/// <summary>The language's form of a value written the way Vietnamese documents write it: 2,5 → 2.5; 01/07/2025 → 2025-07-01.</summary>
static class ValueForms
{
    public static string Decimal(string written) => written.Replace(',', '.');

    /// <summary>Day, month, year (separated by /, . or -) as YYYY-MM-DD; an impossible day is left for the date check to report.</summary>
    public static string IsoDate(string written)
    {
        var parts = written.Split('/', '.', '-');
        return $"{parts[2]}-{parts[1].PadLeft(2, '0')}-{parts[0].PadLeft(2, '0')}";
    }
}
