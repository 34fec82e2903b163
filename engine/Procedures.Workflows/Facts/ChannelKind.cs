namespace Procedures.Workflows.Facts;

/// <summary>How a dossier reaches the office (cách thức thực hiện, Decree 61/2018 Art. 16; Decree 42/2022 online levels).</summary>
public enum ChannelKind
{
    /// <summary>Trực tiếp.</summary>
    InPerson,
    /// <summary>Trực tuyến toàn trình.</summary>
    OnlineFull,
    /// <summary>Trực tuyến một phần.</summary>
    OnlinePartial,
    /// <summary>Bưu chính công ích.</summary>
    Postal,
}
