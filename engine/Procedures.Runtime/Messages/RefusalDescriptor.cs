using System.Globalization;
using Procedures.Calendar;
using Procedures.Workflows.Rendering;

namespace Procedures.Runtime.Messages;

/// <summary>
/// One entry of the refusal catalogue: a stable code and a message template per language ({0}, {1} … are the arguments).
/// An argument written <c>{1:period}</c> is a time limit kept as invariant text (<see cref="Period"/>, e.g. <c>3 Months</c>)
/// and worded in the message's language ("3 tháng", "3 months").
/// </summary>
public sealed record RefusalDescriptor(string Code, string English, string Vietnamese)
{
    /// <summary>An occurrence of this refusal with its arguments (invariant text: ids, names, ISO dates).</summary>
    public Refusal With(params string[] arguments) => new(Code, [.. arguments]);

    public string Format(MessageLanguage language, IReadOnlyList<string> arguments) =>
        string.Format(CultureInfo.InvariantCulture, language == MessageLanguage.Vietnamese ? Vietnamese : English,
            [.. arguments.Select(a => new Argument(a, language))]);

    /// <summary>A time limit as a refusal's argument: its amount and unit, invariant (<c>3 Months</c>, <c>15 CalendarDays</c>).</summary>
    public static string Period(TimeLimit limit) => $"{DomainWords.Amount(limit.Amount)} {limit.Unit}";

    sealed record Argument(string Value, MessageLanguage Language) : IFormattable
    {
        public string ToString(string? format, IFormatProvider? formatProvider) =>
            format == "period" && Parse(Value) is { } limit ? Words(limit) : Value;

        public override string ToString() => Value;

        string Words(TimeLimit limit) => Language == MessageLanguage.Vietnamese ? DomainWords.TimeLimit(limit) : limit.Unit switch
        {
            TimeLimitUnit.WorkingDays => $"{DomainWords.Amount(limit.Amount)} working day{Plural(limit)}",
            TimeLimitUnit.CalendarDays => $"{DomainWords.Amount(limit.Amount)} day{Plural(limit)}",
            TimeLimitUnit.Hours => $"{DomainWords.Amount(limit.Amount)} hour{Plural(limit)}",
            TimeLimitUnit.Months => $"{DomainWords.Amount(limit.Amount)} month{Plural(limit)}",
            _ => $"{DomainWords.Amount(limit.Amount)} year{Plural(limit)}",
        };

        static string Plural(TimeLimit limit) => limit.Amount == 1 ? "" : "s";

        static TimeLimit? Parse(string value) =>
            value.Split(' ') is [var amount, var unit]
            && decimal.TryParse(amount, NumberStyles.Number, CultureInfo.InvariantCulture, out var n)
            && Enum.TryParse<TimeLimitUnit>(unit, out var u) && Enum.IsDefined(u)
                ? new TimeLimit(n, u) : null;
    }
}
