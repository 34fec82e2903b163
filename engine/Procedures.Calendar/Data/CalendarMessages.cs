using System.Globalization;

namespace Procedures.Calendar.Data;

/// <summary>One kind of problem in a calendar data file: a stable code and the wording staff read.</summary>
public sealed record CalendarMessage(string Code, string Template)
{
    public CalendarDiagnostic At(SourceLocation location, params object[] arguments) =>
        new(location, Code, string.Format(CultureInfo.InvariantCulture, Template, arguments));
}

/// <summary>
/// Every problem a calendar data file (<c>procedures/calendar/*.txt</c>) can have. The codes follow the
/// procedure language's (PRC1xxx syntax, PRC2xxx binding, PRC3xxx compiling): PRC4xxx is calendar data.
/// A code never changes meaning once published; a retired code is not reused.
/// </summary>
public static class CalendarMessages
{
    public static readonly CalendarMessage FileName = new("PRC4001", "a calendar data file is named YYYY.txt (a year 1900–2100) or " + CalendarFileParser.OfficeHoursFileName + ", not \"{0}\"");
    public static readonly CalendarMessage NotUtf8 = new("PRC4002", "the file is not valid UTF-8; save it as UTF-8");
    public static readonly CalendarMessage Unreadable = new("PRC4003", "the file cannot be read: {0}");
    public static readonly CalendarMessage UnknownDirective = new("PRC4004", "unknown directive \"{0}\"; expected {1}");
    public static readonly CalendarMessage DirectiveElsewhere = new("PRC4005", "\"{0}\" belongs in {1}");
    public static readonly CalendarMessage MissingArguments = new("PRC4006", "\"{0}\" needs {1}");
    public static readonly CalendarMessage UnexpectedWord = new("PRC4007", "unexpected \"{0}\" after {1}");
    public static readonly CalendarMessage RepeatedDirective = new("PRC4008", "\"{0}\" is already given at line {1}");
    public static readonly CalendarMessage RepeatedDate = new("PRC4009", "{0} is already given at line {1}");
    public static readonly CalendarMessage NotADate = new("PRC4010", "\"{0}\" is not a date; expected YYYY-MM-DD");
    public static readonly CalendarMessage OtherYear = new("PRC4011", "{0} is not in {1}; a year file holds only its own year's dates");
    public static readonly CalendarMessage RangeBackwards = new("PRC4012", "the range {0} ends before it starts");
    public static readonly CalendarMessage NotATime = new("PRC4013", "\"{0}\" is not a time; expected HH:mm");
    public static readonly CalendarMessage NotATimeRange = new("PRC4014", "\"{0}\" is not a time range; expected HH:mm-HH:mm");
    public static readonly CalendarMessage SessionBackwards = new("PRC4015", "the session {0} ends before it starts");
    public static readonly CalendarMessage SessionsOverlap = new("PRC4016", "the afternoon session must start at or after the morning ends ({0}), not at {1}");
    public static readonly CalendarMessage TetLength = new("PRC4017", "Tết lasts 5 days (Labour Code 2019 Art. 112(1)(b)); {0} has {1}");
    public static readonly CalendarMessage TetWithoutNewYear = new("PRC4018", "Tết {0} does not include the lunar New Year's day {1}");
    public static readonly CalendarMessage NationalDayNeighbour = new("PRC4019", "the day beside National Day is {0} or {1}, not {2}");
    public static readonly CalendarMessage HolidayWorked = new("PRC4020", "{0} is a public holiday ({1}, Labour Code 2019 Art. 112) and cannot be worked");
    public static readonly CalendarMessage WorkOnWorkingDay = new("PRC4021", "{0} is a {1}, already a working day; \"work\" is for a weekend day or a compensatory day off");
    public static readonly CalendarMessage OffAlreadyOff = new("PRC4022", "{0} is already a day off ({1}); remove it from this line");
    public static readonly CalendarMessage OffOnWeekend = new("PRC4023", "{0} is a {1}, already a day off; remove it from this line");

    public static IReadOnlyList<CalendarMessage> All { get; } = typeof(CalendarMessages)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.FieldType == typeof(CalendarMessage))
        .Select(f => (CalendarMessage)f.GetValue(null)!)
        .ToArray();
}
