namespace Procedures.Language.Text;

/// <summary>How a file's bytes were found to be encoded. Only UTF-8 is read; the others are named so the user can re-save the file.</summary>
public enum SourceEncoding
{
    Utf8,
    Utf16LittleEndian,
    Utf16BigEndian,

    /// <summary>Windows-1258, TCVN3, VNI or another 8-bit code page: invalid UTF-8 throughout.</summary>
    Legacy8Bit,
}
