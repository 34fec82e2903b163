using Procedures.Language.Formatting;
using Procedures.Language.Syntax;
using Procedures.Language.Text;

namespace Procedures.Language.Tests;

public class FormatterRoundTripTests
{
    public static TheoryData<string> Files() => new(RepositoryFiles.AllPaths());

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_repository_file_is_already_in_the_canonical_layout(string path)
    {
        var source = RepositoryFiles.Read(path);
        var (syntax, _) = Parser.Parse(source);

        Assert.Equal(source.Text, Formatter.Format(syntax));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Formatting_keeps_the_bound_model(string path)
    {
        var source = RepositoryFiles.Read(path);
        var formatted = source with { Text = Formatter.Format(Parser.Parse(source).Syntax) };

        Assert.Equal(Bound(source), Bound(formatted));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Translating_to_the_other_keyword_set_and_back_gives_the_file_again_and_means_the_same(string path)
    {
        var source = RepositoryFiles.Read(path);
        var (syntax, _) = Parser.Parse(source);
        var other = syntax.Language == KeywordLanguage.English ? KeywordLanguage.Vietnamese : KeywordLanguage.English;

        var translated = source with { Text = Formatter.Format(syntax, other) };
        var (translatedSyntax, translatedDiagnostics) = Parser.Parse(translated);
        var back = Formatter.Format(translatedSyntax, syntax.Language);

        Assert.Empty(translatedDiagnostics);
        Assert.Equal(other, translatedSyntax.Language);
        Assert.Equal(Bound(source), Bound(translated));
        Assert.Equal(source.Text, back);
    }

    [Fact]
    public void The_steps_and_agencies_of_the_second_edition_translate_both_ways_and_mean_the_same()
    {
        var vietnamese = new SourceFile("vi.proc", """
            # language: vi
            thủ tục 1.999002 "Đăng ký nội quy lao động"
              lĩnh vực "Lao động - Tiền lương"
              cấp tỉnh
              cơ quan "Bộ Nội vụ" khi `PhạmVi == "liên tỉnh"`
              cơ quan "Sở Nội vụ"
              cơ quan tiếp nhận "Ủy ban nhân dân cấp xã"
              khởi xướng bởi cơ quan
              căn cứ "45/2019/QH14" "Bộ luật Lao động" điều 119
              thời hạn 8 ngày làm việc
              kết quả "Thông báo nội quy lao động có hiệu lực"

            dữ liệu
              PhạmVi "Phạm vi hoạt động" một trong "trong tỉnh", "liên tỉnh"

            thành phần hồ sơ
              van-ban "Văn bản đề nghị đăng ký nội quy lao động" 1 bản chính

            trình tự
              bước xem-xet "Xem xét nội quy lao động" do "Phòng Lao động - Việc làm" trong 5 ngày làm việc
                im lặng -> gui-bhxh
                trai-luat -> trả hồ sơ
                can-sua -> bo-sung
              bước bo-sung "Người sử dụng lao động sửa nội quy" do người nộp trong 10 ngày làm việc
                da-sua -> y-kien
              bước y-kien "Lấy ý kiến công đoàn" do bên "Tổ chức đại diện người lao động" trong 1 ngày làm việc
              thông báo gui-bhxh "Gửi thông báo cho bảo hiểm xã hội" đến "Bảo hiểm xã hội tỉnh"
              chuyển chuyen-xa "Chuyển hồ sơ về xã lưu" đến "Ủy ban nhân dân cấp xã" trong 1 ngày làm việc
              trả kết quả tra-ket-qua "Trả kết quả" do một cửa
            """.Replace("\r\n", "\n") + "\n");

        var english = vietnamese with { Text = Formatter.Format(Parser.Parse(vietnamese).Syntax, KeywordLanguage.English) };
        var back = Formatter.Format(Parser.Parse(english).Syntax, KeywordLanguage.Vietnamese);

        Assert.Equal("""
            # language: en
            procedure 1.999002 "Đăng ký nội quy lao động"
              field "Lao động - Tiền lương"
              level province
              agency "Bộ Nội vụ" when `PhạmVi == "liên tỉnh"`
              agency "Sở Nội vụ"
              receiving agency "Ủy ban nhân dân cấp xã"
              started by agency
              basis "45/2019/QH14" "Bộ luật Lao động" article 119
              deadline 8 working days
              result "Thông báo nội quy lao động có hiệu lực"

            data
              PhạmVi "Phạm vi hoạt động" one of "trong tỉnh", "liên tỉnh"

            documents
              van-ban "Văn bản đề nghị đăng ký nội quy lao động" 1 original

            steps
              step xem-xet "Xem xét nội quy lao động" by "Phòng Lao động - Việc làm" within 5 working days
                silence -> gui-bhxh
                trai-luat -> return dossier
                can-sua -> bo-sung
              step bo-sung "Người sử dụng lao động sửa nội quy" by applicant within 10 working days
                da-sua -> y-kien
              step y-kien "Lấy ý kiến công đoàn" by party "Tổ chức đại diện người lao động" within 1 working day
              notify gui-bhxh "Gửi thông báo cho bảo hiểm xã hội" to "Bảo hiểm xã hội tỉnh"
              transfer chuyen-xa "Chuyển hồ sơ về xã lưu" to "Ủy ban nhân dân cấp xã" within 1 working day
              return tra-ket-qua "Trả kết quả" by one-stop
            """.Replace("\r\n", "\n") + "\n", english.Text);
        Assert.Equal(vietnamese.Text, back);
        Assert.Empty(Compilation.Create(RepositoryFiles.Catalogue().Append(vietnamese)).Diagnostics);
        Assert.Equal(Bound(vietnamese), Bound(english));
    }

    [Fact]
    public void Formatting_is_idempotent_on_an_untidy_file_and_keeps_its_comments()
    {
        var untidy = new SourceFile("untidy.proc", """
            # language: en
            # top comment
            procedure 1.001978   "Giải quyết hưởng trợ cấp thất nghiệp"
            result "Quyết định"      # trailing note
                  field "Việc làm"


            documents
            "Sổ bảo hiểm xã hội"  optional 1 originals form "Mẫu 01"
            steps
             # about the receipt
              receive tiep-nhan "Tiếp nhận" within 1 working days by one-stop
                ok -> tra
            return tra "Trả" by one-stop
            # closing comment
            """.Replace("\r\n", "\n"));

        var once = Formatter.Format(Parser.Parse(untidy).Syntax);
        var twice = Formatter.Format(Parser.Parse(untidy with { Text = once }).Syntax);

        Assert.Equal("""
            # language: en
            # top comment
            procedure 1.001978 "Giải quyết hưởng trợ cấp thất nghiệp"
              field "Việc làm"
              result "Quyết định" # trailing note

            documents
              "Sổ bảo hiểm xã hội" form "Mẫu 01" 1 original optional

            steps
              # about the receipt
              receive tiep-nhan "Tiếp nhận" by one-stop within 1 working day
                ok -> tra
              return tra "Trả" by one-stop
            # closing comment

            """.Replace("\r\n", "\n"), once);
        Assert.Equal(once, twice);
    }

    [Fact]
    public void Translation_writes_every_keyword_in_the_target_set()
    {
        var english = new SourceFile("en.proc", "# language: en\nprocedure 1.000001 \"X\"\n  deadline 1 working day\n  channel online full within 2 days fee 10000 \"lệ phí\"\n");

        var vietnamese = Formatter.Format(Parser.Parse(english).Syntax, KeywordLanguage.Vietnamese);

        Assert.Equal("# language: vi\nthủ tục 1.000001 \"X\"\n  thời hạn 1 ngày làm việc\n  cách thức trực tuyến toàn trình trong 2 ngày phí 10000 \"lệ phí\"\n", vietnamese);
    }

    [Fact]
    public void A_field_named_like_a_keyword_of_its_file_stays_a_name_in_the_other_keyword_set()
    {
        // Found by MutationTests: "Ngày" is a Vietnamese keyword, and an English file rejected it as a field name.
        var vietnamese = new SourceFile("vi.proc", "# language: vi\nnhóm dữ liệu nguoi-nop \"Người nộp\"\n  Ngày \"Ngày sinh\" ngày tháng\n");

        var english = Formatter.Format(Parser.Parse(vietnamese).Syntax, KeywordLanguage.English);

        Assert.Equal("# language: en\nfield set nguoi-nop \"Người nộp\"\n  Ngày \"Ngày sinh\" date\n", english);
        Assert.Empty(Parser.Parse(new SourceFile("en.proc", english)).Diagnostics);
    }

    [Fact]
    public void A_data_block_and_a_field_set_translate_and_keep_their_names()
    {
        var english = new SourceFile("en.proc", """
            # language: en
            field set requester "Người nộp"
              FullName "Họ và tên" text help "Như trên căn cước"

            procedure 1.000001 "X"
              deadline 1 working day

            data
              use requester
              Age "Tuổi" whole number
              Date "Ngày nộp" date optional
              Kind "Loại" one of "a", "b"
              Kinds "Các loại" list of "a", "b" optional
              Salary "Lương" money
              Rate "Hệ số" decimal
              Married "Đã kết hôn" yes or no
            """.Replace("\r\n", "\n") + "\n");

        var vietnamese = Formatter.Format(Parser.Parse(english).Syntax, KeywordLanguage.Vietnamese);

        Assert.Equal("""
            # language: vi
            nhóm dữ liệu requester "Người nộp"
              FullName "Họ và tên" văn bản hướng dẫn "Như trên căn cước"

            thủ tục 1.000001 "X"
              thời hạn 1 ngày làm việc

            dữ liệu
              dùng requester
              Age "Tuổi" số nguyên
              Date "Ngày nộp" ngày tháng không bắt buộc
              Kind "Loại" một trong "a", "b"
              Kinds "Các loại" danh sách "a", "b" không bắt buộc
              Salary "Lương" số tiền
              Rate "Hệ số" số thập phân
              Married "Đã kết hôn" có hoặc không

            """.Replace("\r\n", "\n"), vietnamese);
        Assert.Equal(english.Text, Formatter.Format(Parser.Parse(english with { Text = vietnamese }).Syntax, KeywordLanguage.English));
    }

    static string Bound(SourceFile file)
    {
        var compilation = Compilation.Create(RepositoryFiles.Catalogue().Where(c => c.Path != file.Path).Append(file));
        var procedure = compilation.Procedures.SingleOrDefault();
        var catalogue = string.Join("\n", compilation.Catalogue.Agencies.OrderBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => $"{a.Value.Agency} [{string.Join(", ", a.Value.Units)}]"))
            + string.Join("\n", compilation.Catalogue.DocumentsByName.OrderBy(a => a.Key, StringComparer.Ordinal).Select(d => d.Value.ToString()))
            + string.Join("\n", compilation.Catalogue.Subjects.OrderBy(a => a.Key, StringComparer.Ordinal).Select(d => d.Value.ToString()))
            + string.Join("\n", compilation.Catalogue.FieldSets.OrderBy(a => a.Key, StringComparer.Ordinal)
                .Select(s => $"{s.Value.Id} {s.Value.Name}: " + string.Join("; ", s.Value.Fields.Select(f => f with { Span = default }))));
        // The codes, not the messages: a translated file's messages are in its own language.
        var diagnostics = string.Join("\n", compilation.Diagnostics.Select(d => d.Code));
        return (procedure is null ? catalogue : BoundModelText.Of(procedure)) + "\n" + diagnostics;
    }
}
