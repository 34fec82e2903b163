using System.Text.Json.Serialization;

namespace Procedures.Api.Contracts;

/// <summary>
/// An enum written and read by its name only: a number where a name goes is an error, not a value past the end of the
/// enum (a receipt decision of 5 must not become a refusal).
/// </summary>
public sealed class NamedEnum<T>() : JsonStringEnumConverter<T>(namingPolicy: null, allowIntegerValues: false) where T : struct, Enum;
