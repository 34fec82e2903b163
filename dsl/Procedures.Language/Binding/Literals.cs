using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Procedures.Calendar;
using Procedures.Language.Diagnostics;
using Procedures.Language.Syntax;
using Procedures.Language.Syntax.Nodes;

namespace Procedures.Language.Binding;

/// <summary>Reads numbers, dates and time limits as written, reporting exactly what is wrong with them.</summary>
sealed class Literals(DiagnosticBag bag)
{
    bool Vi => bag.Language == KeywordLanguage.Vietnamese;

    public LocalDate? Date(DateLiteral? literal)
    {
        if (literal is null)
            return null;
        var parsed = LocalDatePattern.Iso.Parse(literal.Text);
        if (parsed.Success)
            return parsed.Value;
        bag.Add(DiagnosticCatalogue.InvalidDate, literal.Span, literal.Text);
        return null;
    }

    public TimeLimit? Limit(TimeLimitSyntax? syntax)
    {
        if (syntax is null)
            return null;
        var unit = Unit(syntax.Unit.Kind);
        var text = syntax.Amount.Text;
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount))
            return Invalid(Vi ? "không đọc được số này" : "not a number");
        if (TimeLimit.TryCreate(amount, unit, out var limit, out var problem))
            return limit;
        var limitUnit = unit;
        return Invalid((problem, Vi) switch
        {
            (TimeLimitProblem.NotWhole, true) when limitUnit is TimeLimitUnit.Months or TimeLimitUnit.Years => "tháng và năm phải là số nguyên",
            (TimeLimitProblem.NotWhole, false) when limitUnit is TimeLimitUnit.Months or TimeLimitUnit.Years => "months and years are whole numbers",
            (TimeLimitProblem.NotPositive, true) => "thời hạn phải lớn hơn 0",
            (TimeLimitProblem.NotPositive, false) => "a time limit must be more than zero",
            (TimeLimitProblem.TooLong, true) => "thời hạn quá dài",
            (TimeLimitProblem.TooLong, false) => "a time limit that long is not plausible",
            (TimeLimitProblem.NotWhole, true) => "ngày theo lịch phải là số nguyên",
            (TimeLimitProblem.NotWhole, false) => "calendar days are whole days",
            (TimeLimitProblem.NotHalfDays, true) => "ngày làm việc tính theo nửa ngày (0.5, 1.5 …)",
            (TimeLimitProblem.NotHalfDays, false) => "working days count in halves (0.5, 1.5 …)",
            (_, true) => "giờ tính theo mười lăm phút (0.25, 0.5 …)",
            _ => "hours count in quarters (0.25, 0.5 …)",
        });

        TimeLimit? Invalid(string why)
        {
            bag.Add(DiagnosticCatalogue.InvalidNumber, syntax.Amount.Span, text, why);
            return null;
        }
    }

    static TimeLimitUnit Unit(TokenKind kind) => kind switch
    {
        TokenKind.WorkingDays or TokenKind.WorkingDay => TimeLimitUnit.WorkingDays,
        TokenKind.Days or TokenKind.Day => TimeLimitUnit.CalendarDays,
        TokenKind.Months or TokenKind.Month => TimeLimitUnit.Months,
        TokenKind.Years or TokenKind.Year => TimeLimitUnit.Years,
        _ => TimeLimitUnit.Hours,
    };

    /// <summary>
    /// A period of the published facts (<see cref="PeriodUse"/>), which may be counted in months or years: read as a time
    /// limit, and refused (PRC2072) in a unit that period is not counted in.
    /// </summary>
    public TimeLimit? Period(TimeLimitSyntax? syntax, PeriodUse use)
    {
        if (syntax is null)
            return null;
        var unit = Unit(syntax.Unit.Kind);
        var window = use == PeriodUse.Window;
        if (unit == TimeLimitUnit.Hours || (!window && unit == TimeLimitUnit.WorkingDays))
        {
            var k = KeywordTable.Instance;
            string Spell(TokenKind kind) => k.Spell(kind, bag.Language);
            var what = (use, Vi) switch
            {
                (PeriodUse.Window, true) => "hạn nộp",
                (PeriodUse.Window, false) => "an applicant's window",
                (PeriodUse.Validity, true) => "thời hạn có giá trị của kết quả",
                (PeriodUse.Validity, false) => "a result's validity",
                (_, true) => "thời hạn cấp giấy tờ",
                _ => "how recently a document is issued",
            };
            var units = window ? new[] { TokenKind.WorkingDays, TokenKind.Days, TokenKind.Months, TokenKind.Years } : [TokenKind.Days, TokenKind.Months, TokenKind.Years];
            var list = string.Join(", ", units[..^1].Select(Spell)) + (Vi ? " hoặc " : " or ") + Spell(units[^1]);
            bag.Add(DiagnosticCatalogue.PeriodUnitNotAllowed, syntax.Unit.Span, what, Spell(KeywordTable.ForCount(syntax.Unit.Kind, one: false)), list);
            return null;
        }
        return Limit(syntax);
    }

    /// <summary>
    /// A processing time limit (a deadline, a step's, a phase's, an outcome's): months and years are calendar periods,
    /// not processing time, and are refused here (PRC2042).
    /// </summary>
    public TimeLimit? ProcessingLimit(TimeLimitSyntax? syntax)
    {
        var limit = Limit(syntax);
        if (limit is not { IsCalendarPeriod: true })
            return limit;
        bag.Add(DiagnosticCatalogue.CalendarPeriodNotAllowed, syntax!.Unit.Span, KeywordTable.Instance.Spell(syntax.Unit.Kind, bag.Language));
        return null;
    }

    public int? Count(NumberLiteral literal)
    {
        if (int.TryParse(literal.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count) && count is >= 0 and <= 99)
            return count;
        bag.Add(DiagnosticCatalogue.InvalidNumber, literal.Span, literal.Text,
            Vi ? "số bản là số nguyên từ 0 đến 99" : "a number of sets is a whole number from 0 to 99");
        return null;
    }

    public decimal? Fee(NumberLiteral? literal)
    {
        if (literal is null)
            return null;
        if (long.TryParse(literal.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var fee) && fee >= 0)
            return fee;
        bag.Add(DiagnosticCatalogue.InvalidNumber, literal.Span, literal.Text,
            Vi ? "phí ghi bằng số đồng nguyên, không dấu phân cách, ví dụ 50000" : "a fee is whole đồng without separators, e.g. 50000");
        return null;
    }
}

/// <summary>Where a period of the published facts stands, which decides the units it may be counted in.</summary>
enum PeriodUse
{
    /// <summary>An applicant's window: working days, days, months or years.</summary>
    Window,
    /// <summary>How long a result is valid: days, months or years.</summary>
    Validity,
    /// <summary>How recently a document is issued: days, months or years.</summary>
    IssuedWithin,
}
