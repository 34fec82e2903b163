using System.Text;

namespace Procedures.Workflows.Rendering;

/// <summary>A pipe table; cell text is kept on one line and pipes are escaped so the table never breaks.</summary>
internal static class MarkdownTable
{
    public static void Append(StringBuilder text, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        text.Append("| ").AppendJoin(" | ", header.Select(Cell)).Append(" |\n");
        text.Append('|').AppendJoin('|', header.Select(_ => "---")).Append("|\n");
        foreach (var row in rows) text.Append("| ").AppendJoin(" | ", row.Select(Cell)).Append(" |\n");
    }

    public static string Cell(string? value) =>
        string.IsNullOrEmpty(value) ? "" : value.Replace("|", "\\|").Replace("\r", "").Replace("\n", " ");
}
