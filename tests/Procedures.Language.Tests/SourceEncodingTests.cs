using System.Text;
using Procedures.Language.Text;

namespace Procedures.Language.Tests;

/// <summary>
/// The rule between a UTF-8 file with a few stray bytes (read, warning PRC1008) and a file in another encoding
/// (not read, error PRC1015): more invalid UTF-8 sequences than valid non-ASCII characters means another encoding.
/// </summary>
public class SourceEncodingTests
{
    static readonly byte[] Utf8Text = Encoding.UTF8.GetBytes(BaseProcedures.Vietnamese);

    [Fact]
    public void Utf8_with_a_few_stray_bytes_is_read_with_a_warning()
    {
        var file = SourceFile.FromBytes("a.proc", [.. Utf8Text[..40], 0xFF, 0xC3, 0x28, .. Utf8Text[40..]]);

        Assert.Equal(SourceEncoding.Utf8, file.Encoding);
        Assert.True(file.HadInvalidUtf8);
    }

    [Fact]
    public void Single_bytes_for_accented_letters_throughout_are_another_encoding()
    {
        var bytes = BaseProcedures.Vietnamese.Select(c => c < 0x80 ? (byte)c : (byte)0xE0).ToArray();

        Assert.Equal(SourceEncoding.Legacy8Bit, SourceFile.FromBytes("a.proc", bytes).Encoding);
    }

    [Theory]
    [InlineData(false, true, SourceEncoding.Utf16LittleEndian)]
    [InlineData(false, false, SourceEncoding.Utf16LittleEndian)]
    [InlineData(true, true, SourceEncoding.Utf16BigEndian)]
    [InlineData(true, false, SourceEncoding.Utf16BigEndian)]
    public void Utf16_is_found_by_its_byte_order_mark_or_its_nul_bytes(bool bigEndian, bool bom, SourceEncoding expected)
    {
        var encoding = new UnicodeEncoding(bigEndian, bom);
        var file = SourceFile.FromBytes("a.proc", [.. encoding.GetPreamble(), .. encoding.GetBytes(BaseProcedures.Vietnamese)]);

        Assert.Equal(expected, file.Encoding);
        Assert.Equal(BaseProcedures.Vietnamese, file.Text);
    }

    [Fact]
    public void Plain_utf8_with_or_without_a_byte_order_mark_is_read_as_it_is()
    {
        Assert.Equal(BaseProcedures.Vietnamese, SourceFile.FromBytes("a.proc", Utf8Text).Text);
        Assert.Equal(BaseProcedures.Vietnamese, SourceFile.FromBytes("a.proc", [0xEF, 0xBB, 0xBF, .. Utf8Text]).Text);
        Assert.Equal(SourceEncoding.Utf8, SourceFile.FromBytes("a.proc", []).Encoding);
    }
}
