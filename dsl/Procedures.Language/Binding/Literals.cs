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
        var unit = syntax.Unit.Kind switch
        {
            TokenKind.WorkingDays or TokenKind.WorkingDay => TimeLimitUnit.WorkingDays,
            TokenKind.Days or TokenKind.Day => TimeLimitUnit.CalendarDays,
            _ => TimeLimitUnit.Hours,
        };
        var text = syntax.Amount.Text;
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount))
            return Invalid(Vi ? "không đọc được số này" : "not a number");
        if (amount <= 0)
            return Invalid(Vi ? "thời hạn phải lớn hơn 0" : "a time limit must be more than zero");
        if (amount > 3650)
            return Invalid(Vi ? "thời hạn quá dài" : "a time limit that long is not plausible");
        if (unit == TimeLimitUnit.CalendarDays && amount != decimal.Truncate(amount))
            return Invalid(Vi ? "ngày theo lịch phải là số nguyên" : "calendar days are whole days");
        if (unit == TimeLimitUnit.WorkingDays && amount * 2 != decimal.Truncate(amount * 2))
            return Invalid(Vi ? "ngày làm việc tính theo nửa ngày (0.5, 1.5 …)" : "working days count in halves (0.5, 1.5 …)");
        if (unit == TimeLimitUnit.Hours && amount * 4 != decimal.Truncate(amount * 4))
            return Invalid(Vi ? "giờ tính theo mười lăm phút (0.25, 0.5 …)" : "hours count in quarters (0.25, 0.5 …)");
        return new TimeLimit(amount, unit);

        TimeLimit? Invalid(string why)
        {
            bag.Add(DiagnosticCatalogue.InvalidNumber, syntax.Amount.Span, text, why);
            return null;
        }
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
