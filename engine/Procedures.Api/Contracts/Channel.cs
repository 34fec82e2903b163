using System.Text.Json.Serialization;

namespace Procedures.Api.Contracts;

/// <summary>How a dossier reaches the office (Decree 61/2018 Art. 16; online levels of Decree 42/2022).</summary>
[JsonConverter(typeof(NamedEnum<Channel>))]
public enum Channel
{
    /// <summary>Trực tiếp: at the one-stop desk.</summary>
    InPerson,
    /// <summary>Bưu chính công ích: by public postal service.</summary>
    Postal,
    /// <summary>Trực tuyến toàn trình: fully online.</summary>
    OnlineFull,
    /// <summary>Trực tuyến một phần: partly online.</summary>
    OnlinePartial,
}
