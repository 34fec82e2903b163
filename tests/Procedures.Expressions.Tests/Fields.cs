using Procedures.Workflows.Facts;
using System.Collections.Immutable;
using System.Text.Json;

namespace Procedures.Expressions.Tests;

/// <summary>A dossier's data declaration with one field of every kind, and data for it.</summary>
static class Fields
{
    public static readonly ImmutableArray<DataField> All =
    [
        new("Tuổi", DataType.WholeNumber, Required: true),
        new("HọTên", DataType.Text, Required: true),
        new("GiớiTính", DataType.OneOf, Required: true, ["nam", "nữ"]),
        new("NgàySinh", DataType.Date, Required: true),
        new("NgàyNộp", DataType.Date, Required: true),
        new("DanhSách", DataType.ListOf, Required: true, ["a", "b"]),
        new("TiềnLương", DataType.Money, Required: false),
        new("HệSố", DataType.Decimal, Required: false),
        new("CóSổ", DataType.YesNo, Required: true),
    ];

    public static ProcedureConditions With(params string[] conditions) => new("test", All, [.. conditions]);

    public static IReadOnlyDictionary<string, JsonElement> Data(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!;

    public static readonly IReadOnlyDictionary<string, JsonElement> Woman61 = Data("""
        {"Tuổi": 61, "HọTên": "Nguyễn Thị Hoa", "GiớiTính": "nữ", "NgàySinh": "1965-03-02", "NgàyNộp": "2026-03-02",
         "DanhSách": ["a"], "TiềnLương": 4500000, "CóSổ": true}
        """);
}
