using System.Globalization;
using Procedures.Calendar;
using Procedures.Language.Syntax;

namespace Procedures.Language.Binding;

/// <summary>A time limit written back in the file's keywords: "20 ngày làm việc", "1 working day".</summary>
public static class TimeLimitText
{
    public static string ToString(this TimeLimit limit, KeywordLanguage language)
    {
        var unit = limit.Unit switch
        {
            TimeLimitUnit.WorkingDays => TokenKind.WorkingDays,
            TimeLimitUnit.CalendarDays => TokenKind.Days,
            TimeLimitUnit.Months => TokenKind.Months,
            TimeLimitUnit.Years => TokenKind.Years,
            _ => TokenKind.Hours,
        };
        return limit.Amount.ToString("0.##", CultureInfo.InvariantCulture) + " " + KeywordTable.Instance.Spell(KeywordTable.ForCount(unit, limit.Amount == 1), language);
    }
}
