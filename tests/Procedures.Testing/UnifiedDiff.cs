using System.Text;
using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Procedures.Testing;

/// <summary>A unified diff (<c>---</c>/<c>+++</c>, <c>@@ -a,b +c,d @@</c> hunks, <c>-</c>/<c>+</c> lines with context) built on DiffPlex's line diff.</summary>
public static class UnifiedDiff
{
    public static string Render(string oldText, string newText, string oldName, string newName, int context = 3)
    {
        var lines = InlineDiffBuilder.Diff(new Differ(), oldText, newText, ignoreWhiteSpace: false, ignoreCase: false).Lines;
        // Number every line on both sides.
        var numbered = new List<(ChangeType Type, string Text, int Old, int New)>();
        int oldLine = 0, newLine = 0;
        foreach (var line in lines)
        {
            switch (line.Type)
            {
                case ChangeType.Deleted: numbered.Add((line.Type, line.Text, ++oldLine, newLine)); break;
                case ChangeType.Inserted: numbered.Add((line.Type, line.Text, oldLine, ++newLine)); break;
                default: numbered.Add((ChangeType.Unchanged, line.Text, ++oldLine, ++newLine)); break;
            }
        }

        var text = new StringBuilder().Append("--- ").Append(oldName).Append('\n').Append("+++ ").Append(newName).Append('\n');
        var changed = numbered.Select((l, i) => (l, i)).Where(p => p.l.Type != ChangeType.Unchanged).Select(p => p.i).ToList();
        var index = 0;
        while (index < changed.Count)
        {
            var first = Math.Max(0, changed[index] - context);
            var last = Math.Min(numbered.Count - 1, changed[index] + context);
            while (index + 1 < changed.Count && changed[index + 1] - context <= last + 1)
            {
                index++;
                last = Math.Min(numbered.Count - 1, changed[index] + context);
            }
            index++;

            var hunk = numbered.GetRange(first, last - first + 1);
            var oldCount = hunk.Count(l => l.Type != ChangeType.Inserted);
            var newCount = hunk.Count(l => l.Type != ChangeType.Deleted);
            var oldStart = oldCount == 0 ? hunk[0].Old : hunk.First(l => l.Type != ChangeType.Inserted).Old;
            var newStart = newCount == 0 ? hunk[0].New : hunk.First(l => l.Type != ChangeType.Deleted).New;
            text.Append($"@@ -{oldStart},{oldCount} +{newStart},{newCount} @@\n");
            foreach (var l in hunk)
                text.Append(l.Type switch { ChangeType.Deleted => '-', ChangeType.Inserted => '+', _ => ' ' }).Append(l.Text).Append('\n');
        }
        return text.ToString();
    }
}
