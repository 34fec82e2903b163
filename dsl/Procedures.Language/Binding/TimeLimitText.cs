using System.Globalization;
using Procedures.Calendar;
using Procedures.Language.Syntax;

namespace Procedures.Language.Binding;

/// <summary>A time limit written back in the file's keywords: "20 ngày làm việc", "1 working day".</summary>
public static class TimeLimitText
{
    public static string ToString(this TimeLimit limit, KeywordLanguage language)
    {
        var one = limit.Amount == 1;
        var unit = limit.Unit switch
        {
            TimeLimitUnit.WorkingDays => one ? TokenKind.WorkingDay : TokenKind.WorkingDays,
            TimeLimitUnit.CalendarDays => one ? TokenKind.Day : TokenKind.Days,
            _ => one ? TokenKind.Hour : TokenKind.Hours,
        };
        return limit.Amount.ToString("0.##", CultureInfo.InvariantCulture) + " " + KeywordTable.Instance.Spell(unit, language);
    }
}
