using System.Globalization;
using System.Text.Json;
using Procedures.Api.Problems;
using Procedures.Runtime.Messages;

namespace Procedures.Api.Http;

/// <summary>
/// Why a body the JSON parser refused is not JSON, told apart so that the message says what to fix: a body cut off before
/// its end (a dropped connection, a proxy's limit), one that breaks the syntax at a place, one nested too deep, or one
/// that names a property twice.
/// </summary>
internal static class JsonFaults
{
    /// <summary>What is wrong with <paramref name="json"/>, which the parser refused, in <paramref name="language"/>.</summary>
    public static string Describe(ReadOnlySpan<byte> json, int maxDepth, MessageLanguage language)
    {
        // Not the final block: where the text ends early the reader asks for more instead of failing, so a body that is
        // only cut off reads to its end without a fault. The depth is measured here, not refused, to say it as such.
        var reader = new Utf8JsonReader(json, isFinalBlock: false, new JsonReaderState(new JsonReaderOptions { MaxDepth = int.MaxValue }));
        var tooDeep = false;
        var complete = false;
        try
        {
            while (reader.Read())
            {
                // The parser refuses an object or array opened at its maximum depth.
                tooDeep |= reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= maxDepth;
                complete = reader.CurrentDepth == 0 && reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray;
            }
        }
        catch (JsonException e)
        {
            if (tooDeep) return TooDeep(maxDepth, language);
            return ApiProblems.Say(language,
                $"is not well-formed JSON (line {Number(e.LineNumber + 1)}, byte {Number(e.BytePositionInLine + 1)})",
                $"không phải JSON đúng cú pháp (dòng {Number(e.LineNumber + 1)}, byte {Number(e.BytePositionInLine + 1)})");
        }
        if (tooDeep) return TooDeep(maxDepth, language);
        if (complete)
            return ApiProblems.Say(language, "names one property twice in an object", "có thuộc tính xuất hiện hai lần trong cùng một đối tượng");
        return ApiProblems.Say(language,
            $"the JSON ends before it is complete (after byte {Number(json.Length)}): the body was cut off or not sent whole",
            $"JSON kết thúc khi chưa hoàn chỉnh (sau byte {Number(json.Length)}): nội dung bị cắt cụt hoặc gửi chưa hết");
    }

    static string TooDeep(int maxDepth, MessageLanguage language) =>
        ApiProblems.Say(language, $"nests deeper than {Number(maxDepth)} levels", $"lồng nhau sâu quá {Number(maxDepth)} cấp");

    static string Number(long? value) => (value ?? 0).ToString(CultureInfo.InvariantCulture);
}
