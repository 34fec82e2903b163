using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Procedures.Calendar.Data;

/// <summary>
/// Reads one calendar data file: UTF-8 text, one directive a line, <c>#</c> starts a comment.
/// Never throws for bad content; every problem becomes a <see cref="CalendarDiagnostic"/> and the line is skipped.
/// </summary>
public static partial class CalendarFileParser
{
    public const string OfficeHoursFileName = "office-hours.txt";

    private static readonly string[] YearDirectives = ["tet", "national-day", "off", "work"];
    private static readonly string[] OfficeDirectives = ["morning", "afternoon", "cutoff"];

    [GeneratedRegex(@"^(\d{4})\.txt$")]
    private static partial Regex YearFileName();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DateShape();

    [GeneratedRegex(@"^\d{2}:\d{2}$")]
    private static partial Regex TimeShape();

    /// <summary>Parses a file; <paramref name="path"/> is used in messages and its file name tells the kind.</summary>
    public static CalendarFile Parse(string path, string text)
    {
        var name = Path.GetFileName(path);
        var diagnostics = ImmutableArray.CreateBuilder<CalendarDiagnostic>();
        var entries = ImmutableArray.CreateBuilder<CalendarEntry>();
        CalendarFileKind kind;
        int? year = null;
        var match = YearFileName().Match(name);
        if (match.Success && int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) is >= 1900 and <= 2100)
        {
            kind = CalendarFileKind.Year;
            year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        }
        else if (name == OfficeHoursFileName)
        {
            kind = CalendarFileKind.OfficeHours;
        }
        else
        {
            diagnostics.Add(CalendarMessages.FileName.At(new(path, 1, 1), name));
            return new CalendarFile(path, CalendarFileKind.Year, null, [], diagnostics.ToImmutable());
        }

        var state = new LineContext(path, year, kind, diagnostics, entries);
        var lines = text.TrimStart('\uFEFF').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            state.ParseLine(i + 1, lines[i].TrimEnd('\r'));
        }
        state.CheckSessionsInOrder();
        return new CalendarFile(path, kind, year, entries.ToImmutable(), diagnostics.ToImmutable());
    }

    /// <summary>A word of a line with its 1-based column.</summary>
    private readonly record struct Token(string Text, int Column);

    private sealed class LineContext(
        string path,
        int? year,
        CalendarFileKind kind,
        ImmutableArray<CalendarDiagnostic>.Builder diagnostics,
        ImmutableArray<CalendarEntry>.Builder entries)
    {
        private readonly Dictionary<string, int> directiveLines = [];
        private readonly Dictionary<LocalDate, int> dateLines = [];

        public void ParseLine(int line, string raw)
        {
            var content = StripComment(raw);
            var tokens = Tokenize(content);
            if (tokens.Count == 0)
            {
                return;
            }
            var directive = tokens[0];
            var allowed = kind == CalendarFileKind.Year ? YearDirectives : OfficeDirectives;
            if (!allowed.Contains(directive.Text))
            {
                var other = kind == CalendarFileKind.Year ? OfficeDirectives : YearDirectives;
                if (other.Contains(directive.Text))
                {
                    Error(line, directive.Column, CalendarMessages.DirectiveElsewhere, directive.Text,
                        kind == CalendarFileKind.Year ? OfficeHoursFileName : "a year file such as 2026.txt");
                }
                else
                {
                    Error(line, directive.Column, CalendarMessages.UnknownDirective, directive.Text, string.Join(", ", allowed));
                }
                return;
            }
            switch (directive.Text)
            {
                case "tet": ParseTet(line, tokens); break;
                case "national-day": ParseNationalDay(line, tokens); break;
                case "off": ParseOff(line, content, tokens); break;
                case "work": ParseWork(line, content, tokens); break;
                case "morning": ParseSession(line, tokens, isMorning: true); break;
                case "afternoon": ParseSession(line, tokens, isMorning: false); break;
                case "cutoff": ParseCutoff(line, tokens); break;
            }
        }

        public void CheckSessionsInOrder()
        {
            var morning = entries.OfType<SessionEntry>().FirstOrDefault(s => s.IsMorning);
            var afternoon = entries.OfType<SessionEntry>().FirstOrDefault(s => !s.IsMorning);
            var morningEnd = morning?.End ?? OfficeHours.Default.MorningEnd;
            var afternoonStart = afternoon?.Start ?? OfficeHours.Default.AfternoonStart;
            if (afternoonStart < morningEnd)
            {
                var at = afternoon ?? morning!;
                var index = entries.IndexOf(at);
                entries.RemoveAt(index);
                diagnostics.Add(CalendarMessages.SessionsOverlap.At(at.Location, $"{morningEnd:HH:mm}", $"{afternoonStart:HH:mm}"));
            }
        }

        private void ParseTet(int line, List<Token> tokens)
        {
            if (!Once(line, tokens[0]) || !Arguments(line, null, tokens, "a date range such as 2026-02-16..2026-02-20", 2))
            {
                return;
            }
            if (!TryRange(line, tokens[1], out var first, out var last))
            {
                return;
            }
            var days = Period.Between(first, last, PeriodUnits.Days).Days + 1;
            if (days != 5)
            {
                Error(line, tokens[1].Column, CalendarMessages.TetLength, tokens[1].Text, days);
                return;
            }
            entries.Add(new TetEntry(At(line, tokens[1].Column), first, last));
        }

        private void ParseNationalDay(int line, List<Token> tokens)
        {
            if (!Once(line, tokens[0]) || !Arguments(line, null, tokens, "a date, the day beside 2 September", 2))
            {
                return;
            }
            if (!TryDate(line, tokens[1], out var date))
            {
                return;
            }
            var before = new LocalDate(year!.Value, 9, 1);
            var after = new LocalDate(year.Value, 9, 3);
            if (date != before && date != after)
            {
                Error(line, tokens[1].Column, CalendarMessages.NationalDayNeighbour, $"{before:yyyy-MM-dd}", $"{after:yyyy-MM-dd}", $"{date:yyyy-MM-dd}");
                return;
            }
            entries.Add(new NationalDayEntry(At(line, tokens[1].Column), date));
        }

        private void ParseOff(int line, string content, List<Token> tokens)
        {
            if (!Arguments(line, content, tokens, "a date or date range and a name, e.g. off 2024-04-29 Nghỉ hoán đổi", 3))
            {
                return;
            }
            if (!TryRange(line, tokens[1], out var first, out var last) || !Unique(line, tokens[1], first, last))
            {
                return;
            }
            entries.Add(new DayOffEntry(At(line, tokens[1].Column), first, last, Rest(content, tokens[2])));
        }

        private void ParseWork(int line, string content, List<Token> tokens)
        {
            if (!Arguments(line, content, tokens, "a date and a name, e.g. work 2024-05-04 Làm bù thứ Hai 29/4", 3))
            {
                return;
            }
            if (!TryDate(line, tokens[1], out var date) || !Unique(line, tokens[1], date, date))
            {
                return;
            }
            entries.Add(new WorkDayEntry(At(line, tokens[1].Column), date, Rest(content, tokens[2])));
        }

        private void ParseSession(int line, List<Token> tokens, bool isMorning)
        {
            if (!Once(line, tokens[0]) || !Arguments(line, null, tokens, "a time range such as 07:30-11:30", 2))
            {
                return;
            }
            var token = tokens[1];
            var dash = token.Text.IndexOf('-');
            if (dash < 0)
            {
                Error(line, token.Column, CalendarMessages.NotATimeRange, token.Text);
                return;
            }
            if (!TryTime(line, new Token(token.Text[..dash], token.Column), out var start)
                || !TryTime(line, new Token(token.Text[(dash + 1)..], token.Column + dash + 1), out var end))
            {
                return;
            }
            if (end <= start)
            {
                Error(line, token.Column, CalendarMessages.SessionBackwards, token.Text);
                return;
            }
            entries.Add(new SessionEntry(At(line, token.Column), isMorning, start, end));
        }

        private void ParseCutoff(int line, List<Token> tokens)
        {
            if (!Once(line, tokens[0]) || !Arguments(line, null, tokens, "a time such as 15:00", 2))
            {
                return;
            }
            if (TryTime(line, tokens[1], out var time))
            {
                entries.Add(new CutoffEntry(At(line, tokens[1].Column), time));
            }
        }

        /// <summary>Checks the count of words; a name (the last argument) may have spaces when <paramref name="content"/> is given.</summary>
        private bool Arguments(int line, string? content, List<Token> tokens, string expected, int count)
        {
            if (tokens.Count < count)
            {
                var column = tokens[^1].Column + tokens[^1].Text.Length;
                Error(line, column, CalendarMessages.MissingArguments, tokens[0].Text, expected);
                return false;
            }
            if (content is null && tokens.Count > count)
            {
                Error(line, tokens[count].Column, CalendarMessages.UnexpectedWord, tokens[count].Text, tokens[count - 1].Text);
                return false;
            }
            return true;
        }

        private bool Once(int line, Token directive)
        {
            if (directiveLines.TryGetValue(directive.Text, out var earlier))
            {
                Error(line, directive.Column, CalendarMessages.RepeatedDirective, directive.Text, earlier);
                return false;
            }
            directiveLines[directive.Text] = line;
            return true;
        }

        private bool Unique(int line, Token token, LocalDate first, LocalDate last)
        {
            for (var date = first; date <= last; date = date.PlusDays(1))
            {
                if (dateLines.TryGetValue(date, out var earlier))
                {
                    Error(line, token.Column, CalendarMessages.RepeatedDate, $"{date:yyyy-MM-dd}", earlier);
                    return false;
                }
            }
            for (var date = first; date <= last; date = date.PlusDays(1))
            {
                dateLines[date] = line;
            }
            return true;
        }

        private bool TryRange(int line, Token token, out LocalDate first, out LocalDate last)
        {
            last = default;
            var dots = token.Text.IndexOf("..", StringComparison.Ordinal);
            if (dots < 0)
            {
                if (!TryDate(line, token, out first))
                {
                    return false;
                }
                last = first;
                return true;
            }
            if (!TryDate(line, new Token(token.Text[..dots], token.Column), out first)
                || !TryDate(line, new Token(token.Text[(dots + 2)..], token.Column + dots + 2), out last))
            {
                return false;
            }
            if (last < first)
            {
                Error(line, token.Column, CalendarMessages.RangeBackwards, token.Text);
                return false;
            }
            return true;
        }

        private bool TryDate(int line, Token token, out LocalDate date)
        {
            date = default;
            var text = token.Text;
            if (!DateShape().IsMatch(text)
                || !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                Error(line, token.Column, CalendarMessages.NotADate, text);
                return false;
            }
            date = LocalDate.FromDateOnly(parsed);
            if (year is { } y && date.Year != y)
            {
                Error(line, token.Column, CalendarMessages.OtherYear, text, y);
                return false;
            }
            return true;
        }

        private bool TryTime(int line, Token token, out LocalTime time)
        {
            time = default;
            var text = token.Text;
            if (TimeShape().IsMatch(text)
                && int.Parse(text[..2], CultureInfo.InvariantCulture) is var hour and < 24
                && int.Parse(text[3..], CultureInfo.InvariantCulture) is var minute and < 60)
            {
                time = new LocalTime(hour, minute);
                return true;
            }
            Error(line, token.Column, CalendarMessages.NotATime, text);
            return false;
        }

        private SourceLocation At(int line, int column) => new(path, line, column);

        private void Error(int line, int column, CalendarMessage message, params object[] arguments) =>
            diagnostics.Add(message.At(At(line, column), arguments));
    }

    /// <summary>Cuts a comment: <c>#</c> at the start of the line or after a space or tab.</summary>
    private static string StripComment(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1])))
            {
                return line[..i];
            }
        }
        return line;
    }

    private static List<Token> Tokenize(string content)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < content.Length)
        {
            if (char.IsWhiteSpace(content[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < content.Length && !char.IsWhiteSpace(content[i]))
            {
                i++;
            }
            tokens.Add(new Token(content[start..i], start + 1));
        }
        return tokens;
    }

    /// <summary>The rest of the line from a token on, as written (a name may have spaces).</summary>
    private static string Rest(string content, Token from) => content[(from.Column - 1)..].TrimEnd();
}
