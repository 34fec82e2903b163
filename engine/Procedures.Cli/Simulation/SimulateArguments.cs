using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Procedures.Calendar;
using Procedures.Language.Syntax;
using Procedures.Runtime.Simulation;
using Procedures.Workflows.Facts;

namespace Procedures.Cli.Simulation;

/// <summary>What a channel word asks for: one kind, or "online", which means whichever online level the procedure offers.</summary>
public sealed record ChannelChoice(ChannelKind? Kind)
{
    public ChannelKind Resolve(ProcedureFacts facts) => Kind ?? (facts.Channels.Any(c => c.Kind == ChannelKind.OnlineFull) ? ChannelKind.OnlineFull : ChannelKind.OnlinePartial);
}

/// <summary>The options of <c>procedures simulate</c>, checked; each error is one line for exit code 2.</summary>
public sealed record SimulateArguments(
    LocalDateTime SubmittedAt,
    ImmutableArray<string> Path,
    KeywordLanguage? Language,
    ChannelChoice? Channel,
    ImmutableDictionary<string, decimal> Late,
    ImmutableArray<(LocalDate Date, string? Reason)> Apologies)
{
    /// <summary>The dossier's data as <c>--data field=value</c> pairs, typed once the procedure's declaration is known.</summary>
    public ImmutableArray<(string Field, string Value)> Data { get; init; } = [];

    static readonly LocalDateTimePattern Minutes = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");

    public static (SimulateArguments? Arguments, string? Error) Parse(
        string? submitted, string? path, string? language, string? channel, IReadOnlyList<string> late, IReadOnlyList<string> apologies, IReadOnlyList<string> data,
        SimulateArgumentWords words)
    {
        if (string.IsNullOrWhiteSpace(submitted))
            return (null, words.SubmittedRequired);
        LocalDateTime at;
        if (LocalDateTimePattern.GeneralIso.Parse(submitted) is { Success: true } full) at = full.Value;
        else if (Minutes.Parse(submitted) is { Success: true } minute) at = minute.Value;
        else if (LocalDatePattern.Iso.Parse(submitted) is { Success: true } date) at = date.Value.At(new LocalTime(8, 0));
        else return (null, words.NotADateTime(submitted));

        KeywordLanguage? lang = null;
        if (language is not null && (lang = KeywordLanguageNames.FromTag(language)) is null)
            return (null, words.NotALanguage(language));

        ChannelChoice? choice = null;
        if (channel is not null && (choice = ParseChannel(channel)) is null)
            return (null, words.NotAChannel(channel));

        var lateSteps = ImmutableDictionary.CreateBuilder<string, decimal>();
        foreach (var entry in late)
        {
            var (target, days) = SplitLast(entry, '=');
            var amount = 1m;
            if (string.IsNullOrWhiteSpace(target)
                || (days is not null && (!decimal.TryParse(days, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount)
                    || !TimeLimit.TryCreate(amount, TimeLimitUnit.WorkingDays, out _, out _))))
                return (null, words.NotALateStep(entry));
            lateSteps[target.Trim()] = amount;
        }

        var plans = ImmutableArray.CreateBuilder<(LocalDate, string?)>();
        foreach (var entry in apologies)
        {
            var colon = entry.IndexOf(':', StringComparison.Ordinal);
            var dateText = colon < 0 ? entry : entry[..colon];
            var reason = colon < 0 ? null : entry[(colon + 1)..].Trim();
            if (LocalDatePattern.Iso.Parse(dateText.Trim()) is not { Success: true } newDate)
                return (null, words.NotAnApology(entry));
            plans.Add((newDate.Value, string.IsNullOrWhiteSpace(reason) ? null : reason));
        }

        var fields = ImmutableArray.CreateBuilder<(string, string)>();
        foreach (var entry in data)
        {
            var equals = entry.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
                return (null, words.NotAField(entry));
            fields.Add((KeywordTable.ToNfc(entry[..equals].Trim()), entry[(equals + 1)..].Trim()));
        }

        var outcomes = (path ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (new SimulateArguments(at, [.. outcomes], lang, choice, lateSteps.ToImmutable(), plans.ToImmutable()) { Data = fields.ToImmutable() }, null);
    }

    static ChannelChoice? ParseChannel(string text) => KeywordTable.ToNfc(text.Trim()).ToLowerInvariant() switch
    {
        "in-person" or "trực tiếp" or "truc tiep" or "truc-tiep" => new(ChannelKind.InPerson),
        "postal" or "bưu chính" or "buu chinh" or "buu-chinh" => new(ChannelKind.Postal),
        "online" or "trực tuyến" or "truc tuyen" or "truc-tuyen" => new((ChannelKind?)null),
        "online-full" or "trực tuyến toàn trình" => new(ChannelKind.OnlineFull),
        "online-partial" or "trực tuyến một phần" => new(ChannelKind.OnlinePartial),
        _ => null,
    };

    static (string Target, string? Days) SplitLast(string text, char separator)
    {
        var i = text.LastIndexOf(separator);
        return i < 0 ? (text, null) : (text[..i], text[(i + 1)..]);
    }

    public SimulationOptions Options(ProcedureFacts facts, OutcomeWords words, string defaultReason) => new()
    {
        Channel = Channel?.Resolve(facts),
        Late = Late,
        Apologies = [.. Apologies.Select(a => new ApologyPlan(a.Date, a.Reason ?? defaultReason))],
        Words = words,
        Data = Data.IsEmpty ? null : DataValues.Typed(Data, facts.Data),
    };
}
