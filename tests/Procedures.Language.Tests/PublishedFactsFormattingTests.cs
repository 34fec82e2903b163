using Procedures.Language.Formatting;
using Procedures.Language.Syntax;
using Procedures.Language.Text;

namespace Procedures.Language.Tests;

/// <summary>
/// The facts of the second edition in the canonical layout and in both keyword sets: windows (one for a case that
/// accepts late filings), several results and the refusal letter, fees by case, payments, a duty, requirements, a "one of"
/// line with its alternatives and the document properties. Translating round-trips and means the same; an untidy file comes out in the canonical order.
/// </summary>
public sealed class PublishedFactsFormattingTests
{
    const string Vietnamese = """
        # language: vi
        thủ tục 1.001978 "Giải quyết hưởng trợ cấp thất nghiệp"
          lĩnh vực "Việc làm"
          cấp tỉnh
          cơ quan "Trung tâm Dịch vụ việc làm"
          đối tượng thực hiện ĐT1
          căn cứ "38/2013/QH13" "Luật Việc làm" điều 46
          thời hạn 20 ngày làm việc
          cách thức trực tiếp trong 20 ngày làm việc
          phí 50000 "Lệ phí" khi `Tuổi > 10`
          kết quả "Quyết định hưởng trợ cấp thất nghiệp" mẫu "Mẫu số 05" có giá trị 12 tháng
          kết quả "Thẻ bảo hiểm y tế" thủ tục 1.000362
          kết quả từ chối "Thông báo không được hưởng trợ cấp thất nghiệp" mẫu "Mẫu số 04"
          chi trả "Trợ cấp thất nghiệp hằng tháng" "60% mức bình quân tiền lương tháng đóng bảo hiểm thất nghiệp"
          chi trả "Hỗ trợ học nghề" 1500000 khi `Tuổi < 40` giai đoạn hoc-nghe
          hạn nộp trong 3 tháng kể từ `NgàyChấmDứt`
          hạn nộp trước `NgàyBắtĐầu` ít nhất 15 ngày
          hạn nộp trong 30 ngày trước hoặc sau `NgàyBắtĐầu`
          hạn nộp trong 10 ngày kể từ `NgàyChấmDứt` khi `Tuổi >= 18` chậm vẫn nhận
          nghĩa vụ "Thông báo về việc tìm kiếm việc làm hằng tháng" thủ tục 1.000362

        dữ liệu
          Tuổi "Tuổi" số nguyên
          NgàyChấmDứt "Ngày chấm dứt hợp đồng lao động" ngày tháng
          NgàyBắtĐầu "Ngày bắt đầu học nghề" ngày tháng không bắt buộc
          SốThángĐóng "Số tháng đóng bảo hiểm thất nghiệp" số nguyên

        yêu cầu
          "Đã đóng bảo hiểm thất nghiệp từ đủ 12 tháng trong 24 tháng" kiểm tra `SốThángĐóng >= 12`
          "Chưa tìm được việc làm sau 15 ngày kể từ ngày nộp hồ sơ"

        thành phần hồ sơ
          don-de-nghi "Đề nghị hưởng trợ cấp thất nghiệp" mẫu "Mẫu số 03" 1 bản chính
          một trong cham-dut "Giấy tờ xác nhận chấm dứt hợp đồng lao động" khi `Tuổi > 15`
            qd "Quyết định thôi việc" 1 bản sao chứng thực
            tb "Thông báo chấm dứt hợp đồng lao động" 1 bản sao nhận bản điện tử
          cu-tru "Thông tin về cư trú" tra cứu "Cơ sở dữ liệu quốc gia về dân cư"
          ks "Giấy khai sinh" 1 bản sao của "con dưới 6 tuổi" cấp trong 6 tháng hợp pháp hóa lãnh sự dịch có chứng thực
          trường hợp "Có con nhỏ"
            một trong "Giấy tờ về con" không bắt buộc
              a "Giấy chứng sinh" 1 bản sao
              b "Giấy khai sinh bản sao" 1 bản sao

        trình tự
          giai đoạn hoc-nghe "Hỗ trợ học nghề" trong 20 ngày làm việc
          tiếp nhận tiep-nhan "Tiếp nhận hồ sơ" do một cửa trong 0.5 ngày làm việc
          bước tham-dinh "Thẩm định hồ sơ" do "Phòng Bảo hiểm thất nghiệp" trong 15 ngày làm việc
            du -> tra-ket-qua
            khong -> từ chối
          trả kết quả tra-ket-qua "Trả kết quả" do một cửa

        """;

    const string English = """
        # language: en
        procedure 1.001978 "Giải quyết hưởng trợ cấp thất nghiệp"
          field "Việc làm"
          level province
          agency "Trung tâm Dịch vụ việc làm"
          applicants ĐT1
          basis "38/2013/QH13" "Luật Việc làm" article 46
          deadline 20 working days
          channel in-person within 20 working days
          fee 50000 "Lệ phí" when `Tuổi > 10`
          result "Quyết định hưởng trợ cấp thất nghiệp" form "Mẫu số 05" valid for 12 months
          result "Thẻ bảo hiểm y tế" procedure 1.000362
          refusal result "Thông báo không được hưởng trợ cấp thất nghiệp" form "Mẫu số 04"
          payment "Trợ cấp thất nghiệp hằng tháng" "60% mức bình quân tiền lương tháng đóng bảo hiểm thất nghiệp"
          payment "Hỗ trợ học nghề" 1500000 when `Tuổi < 40` phase hoc-nghe
          apply within 3 months of `NgàyChấmDứt`
          apply at least 15 days before `NgàyBắtĐầu`
          apply within 30 days before or after `NgàyBắtĐầu`
          apply within 10 days of `NgàyChấmDứt` when `Tuổi >= 18` late accepted
          duty "Thông báo về việc tìm kiếm việc làm hằng tháng" procedure 1.000362

        data
          Tuổi "Tuổi" whole number
          NgàyChấmDứt "Ngày chấm dứt hợp đồng lao động" date
          NgàyBắtĐầu "Ngày bắt đầu học nghề" date optional
          SốThángĐóng "Số tháng đóng bảo hiểm thất nghiệp" whole number

        requirements
          "Đã đóng bảo hiểm thất nghiệp từ đủ 12 tháng trong 24 tháng" check `SốThángĐóng >= 12`
          "Chưa tìm được việc làm sau 15 ngày kể từ ngày nộp hồ sơ"

        documents
          don-de-nghi "Đề nghị hưởng trợ cấp thất nghiệp" form "Mẫu số 03" 1 original
          one of cham-dut "Giấy tờ xác nhận chấm dứt hợp đồng lao động" when `Tuổi > 15`
            qd "Quyết định thôi việc" 1 certified copy
            tb "Thông báo chấm dứt hợp đồng lao động" 1 copy electronic accepted
          cu-tru "Thông tin về cư trú" looked up in "Cơ sở dữ liệu quốc gia về dân cư"
          ks "Giấy khai sinh" 1 copy of "con dưới 6 tuổi" issued within 6 months consular legalisation certified translation
          case "Có con nhỏ"
            one of "Giấy tờ về con" optional
              a "Giấy chứng sinh" 1 copy
              b "Giấy khai sinh bản sao" 1 copy

        steps
          phase hoc-nghe "Hỗ trợ học nghề" within 20 working days
          receive tiep-nhan "Tiếp nhận hồ sơ" by one-stop within 0.5 working days
          step tham-dinh "Thẩm định hồ sơ" by "Phòng Bảo hiểm thất nghiệp" within 15 working days
            du -> tra-ket-qua
            khong -> refuse
          return tra-ket-qua "Trả kết quả" by one-stop

        """;

    static string Lf(string text) => text.Replace("\r\n", "\n");

    static string Format(string text, KeywordLanguage? language = null)
    {
        var (syntax, diagnostics) = Parser.Parse(new SourceFile("test.proc", Lf(text)));
        Assert.Empty(diagnostics);
        return Formatter.Format(syntax, language);
    }

    [Fact]
    public void Both_keyword_sets_are_already_canonical_and_translate_into_each_other()
    {
        Assert.Equal(Lf(Vietnamese), Format(Vietnamese));
        Assert.Equal(Lf(English), Format(English));
        Assert.Equal(Lf(English), Format(Vietnamese, KeywordLanguage.English));
        Assert.Equal(Lf(Vietnamese), Format(English, KeywordLanguage.Vietnamese));
    }

    [Fact]
    public void Both_keyword_sets_mean_the_same()
    {
        var vi = Checker.Compile(new SourceFile("test.proc", Lf(Vietnamese)));
        var en = Checker.Compile(new SourceFile("test.proc", Lf(English)));

        // The two duties and results name 1.000362, which this compilation does not hold: a warning, not an error.
        Assert.All(vi.Diagnostics.Concat(en.Diagnostics), d => Assert.Equal("PRC2075", d.Code));
        Assert.Equal(BoundModelText.Of(vi.Procedures.Single()), BoundModelText.Of(en.Procedures.Single()));
    }

    [Fact]
    public void An_untidy_file_comes_out_in_the_canonical_order_with_the_alternatives_under_their_choice()
    {
        var untidy = """
            # language: en
            procedure 1.001978 "Giải quyết hưởng trợ cấp thất nghiệp"
              duty "Thông báo hằng tháng"
              apply before `Start` at least 2 working days
              refusal result "Thông báo"
              result "Quyết định"
              fee 1000 "Phí"
            documents
              one of "Nơi cư trú"
                 x "X" electronic accepted 1 copy
                     y "Y" looked up in "CSDL"
              z "Z" of "con" 2 originals
            requirements
              "Đủ 18 tuổi"   check `Age >= 18`
            data
              Start "Ngày bắt đầu" date
            """;

        Assert.Equal(Lf("""
            # language: en
            procedure 1.001978 "Giải quyết hưởng trợ cấp thất nghiệp"
              fee 1000 "Phí"
              result "Quyết định"
              refusal result "Thông báo"
              apply at least 2 working days before `Start`
              duty "Thông báo hằng tháng"

            data
              Start "Ngày bắt đầu" date

            requirements
              "Đủ 18 tuổi" check `Age >= 18`

            documents
              one of "Nơi cư trú"
                x "X" 1 copy electronic accepted
                y "Y" looked up in "CSDL"
              z "Z" 2 originals of "con"

            """), Format(untidy));
    }
}
