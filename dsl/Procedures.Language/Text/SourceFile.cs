using System.Buffers;
using System.Text;

namespace Procedures.Language.Text;

/// <summary>A procedure or catalogue file as read: its path as the user gave it and its text.</summary>
public sealed record SourceFile(string Path, string Text)
{
    /// <summary>Set when the bytes were mostly UTF-8 but a few were not and had to be replaced while decoding.</summary>
    public bool HadInvalidUtf8 { get; init; }

    /// <summary>The encoding the bytes were found in; a file not in UTF-8 is reported once and not read.</summary>
    public SourceEncoding Encoding { get; init; } = SourceEncoding.Utf8;

    /// <summary>
    /// Decodes UTF-8 with or without a byte-order mark. UTF-16 (by its byte-order mark or its NUL bytes) and
    /// legacy 8-bit encodings (more invalid UTF-8 sequences than valid non-ASCII characters) are recognised and
    /// not read; a few invalid bytes in an otherwise UTF-8 file become U+FFFD and are reported as a warning.
    /// </summary>
    public static SourceFile FromBytes(string path, ReadOnlySpan<byte> bytes)
    {
        if (Utf16(bytes) is { } utf16)
        {
            var bom = bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF) ? 2 : 0;
            var decoder = utf16 == SourceEncoding.Utf16LittleEndian ? System.Text.Encoding.Unicode : System.Text.Encoding.BigEndianUnicode;
            return new SourceFile(path, decoder.GetString(bytes[bom..])) { Encoding = utf16 };
        }

        var body = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        try
        {
            return new SourceFile(path, strict.GetString(body));
        }
        catch (DecoderFallbackException)
        {
            var (valid, invalid) = CountNonAscii(body);
            return invalid > valid
                ? new SourceFile(path, System.Text.Encoding.Latin1.GetString(body)) { Encoding = SourceEncoding.Legacy8Bit }
                : new SourceFile(path, System.Text.Encoding.UTF8.GetString(body)) { HadInvalidUtf8 = true };
        }
    }

    /// <summary>
    /// UTF-16 by its byte-order mark, or by NUL bytes: text in UTF-16 is mostly ASCII letters, spaces and
    /// punctuation, whose high byte is NUL, while UTF-8 and 8-bit text hold no NUL at all.
    /// </summary>
    static SourceEncoding? Utf16(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return SourceEncoding.Utf16LittleEndian;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return SourceEncoding.Utf16BigEndian;
        int even = 0, odd = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] != 0)
                continue;
            if (i % 2 == 0)
                even++;
            else
                odd++;
        }
        var pairs = bytes.Length / 2;
        if (pairs == 0)
            return null;
        if (odd * 4 >= pairs && odd > even * 2)
            return SourceEncoding.Utf16LittleEndian;
        if (even * 4 >= pairs && even > odd * 2)
            return SourceEncoding.Utf16BigEndian;
        return null;
    }

    /// <summary>How many non-ASCII characters decode as UTF-8, and how many byte sequences do not.</summary>
    static (int Valid, int Invalid) CountNonAscii(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0;
        for (var i = 0; i < bytes.Length;)
        {
            if (bytes[i] < 0x80)
            {
                i++;
                continue;
            }
            var status = Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed);
            if (status == OperationStatus.Done)
                valid++;
            else
                invalid++;
            i += Math.Max(1, consumed);
        }
        return (valid, invalid);
    }
}
