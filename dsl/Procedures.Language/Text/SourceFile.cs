namespace Procedures.Language.Text;

/// <summary>A procedure or catalogue file as read: its path as the user gave it and its text.</summary>
public sealed record SourceFile(string Path, string Text)
{
    /// <summary>Set when the bytes were not valid UTF-8 and had to be replaced while decoding.</summary>
    public bool HadInvalidUtf8 { get; init; }

    /// <summary>Decodes UTF-8 with or without a byte-order mark; invalid bytes become U+FFFD and are reported.</summary>
    public static SourceFile FromBytes(string path, ReadOnlySpan<byte> bytes)
    {
        var bom = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var body = bytes[bom..];
        var strict = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true);
        try
        {
            return new SourceFile(path, strict.GetString(body));
        }
        catch (System.Text.DecoderFallbackException)
        {
            return new SourceFile(path, System.Text.Encoding.UTF8.GetString(body)) { HadInvalidUtf8 = true };
        }
    }
}
