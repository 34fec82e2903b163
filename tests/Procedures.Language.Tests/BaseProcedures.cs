namespace Procedures.Language.Tests;

/// <summary>
/// A valid procedure (1.001978, unemployment benefit) in both keyword sets. Each message test makes one
/// mistake in it, so the diagnostics it expects are exactly those that mistake causes.
/// </summary>
static class BaseProcedures
{
    public const string English = """
    # language: en
    # Giải quyết hưởng trợ cấp thất nghiệp: Luật Việc làm 2013 Điều 46; Nghị định 28/2015/NĐ-CP Điều 16–18.
    procedure 1.001978 "Giải quyết hưởng trợ cấp thất nghiệp"
      field "Việc làm"
      level province
      agency "Trung tâm Dịch vụ việc làm"
      coordinating "Sở Nội vụ", "Bảo hiểm xã hội tỉnh"
      applicants ĐT1
      basis "38/2013/QH13" "Luật Việc làm" article 46
      basis "28/2015/NĐ-CP" "Nghị định quy định chi tiết thi hành một số điều của Luật Việc làm về bảo hiểm thất nghiệp" article 18
      basis "61/2020/NĐ-CP" "Nghị định sửa đổi, bổ sung một số điều của Nghị định số 28/2015/NĐ-CP"
      effective 2015-05-01
      deadline 20 working days
      channel in-person within 20 working days fee 0
      channel postal within 20 working days fee 0
      channel online partial within 20 working days fee 0
      result "Quyết định hưởng trợ cấp thất nghiệp"

    documents
      request "Đề nghị hưởng trợ cấp thất nghiệp" form "Mẫu số 03" 1 original
      "Quyết định thôi việc hoặc thông báo chấm dứt hợp đồng lao động" 1 certified copy
      "Sổ bảo hiểm xã hội" 1 original

    steps
      receive tiep-nhan "Tiếp nhận hồ sơ" by one-stop within 0.5 working days
      step tham-dinh "Thẩm định hồ sơ" by "Phòng Bảo hiểm thất nghiệp" within 15 working days
        sufficient -> xac-nhan
        insufficient -> request completion
        not-eligible -> refuse
      consult xac-nhan "Xác nhận quá trình đóng bảo hiểm thất nghiệp"
        with "Bảo hiểm xã hội tỉnh" within 2 working days
      step trinh "Trình ký quyết định" by "Giám đốc Trung tâm Dịch vụ việc làm" within 1 working day
      step quyet-dinh "Ký quyết định hưởng trợ cấp thất nghiệp" by "Lãnh đạo Sở Nội vụ" within 1.5 working days
        approve -> tra-ket-qua
        reject -> refuse
      return tra-ket-qua "Trả kết quả" by one-stop

    # The data block stands last so that the lines above keep the numbers the message tests print.
    data
      Age "Tuổi của người lao động" whole number
      Retired "Đã nghỉ hưu" yes or no optional
      Reason "Lý do chấm dứt hợp đồng lao động" one of "hết hạn", "thôi việc", "bị sa thải" optional
    """ + "\n";

    public const string Vietnamese = """
    # language: vi
    # Giải quyết hưởng trợ cấp thất nghiệp: Luật Việc làm 2013 Điều 46; Nghị định 28/2015/NĐ-CP Điều 16–18.
    thủ tục 1.001978 "Giải quyết hưởng trợ cấp thất nghiệp"
      lĩnh vực "Việc làm"
      cấp tỉnh
      cơ quan "Trung tâm Dịch vụ việc làm"
      cơ quan phối hợp "Sở Nội vụ", "Bảo hiểm xã hội tỉnh"
      đối tượng thực hiện ĐT1
      căn cứ "38/2013/QH13" "Luật Việc làm" điều 46
      căn cứ "28/2015/NĐ-CP" "Nghị định quy định chi tiết thi hành một số điều của Luật Việc làm về bảo hiểm thất nghiệp" điều 18
      căn cứ "61/2020/NĐ-CP" "Nghị định sửa đổi, bổ sung một số điều của Nghị định số 28/2015/NĐ-CP"
      hiệu lực 2015-05-01
      thời hạn 20 ngày làm việc
      cách thức trực tiếp trong 20 ngày làm việc phí 0
      cách thức bưu chính trong 20 ngày làm việc phí 0
      cách thức trực tuyến một phần trong 20 ngày làm việc phí 0
      kết quả "Quyết định hưởng trợ cấp thất nghiệp"

    thành phần hồ sơ
      don-de-nghi "Đề nghị hưởng trợ cấp thất nghiệp" mẫu "Mẫu số 03" 1 bản chính
      "Quyết định thôi việc hoặc thông báo chấm dứt hợp đồng lao động" 1 bản sao chứng thực
      "Sổ bảo hiểm xã hội" 1 bản chính

    trình tự
      tiếp nhận tiep-nhan "Tiếp nhận hồ sơ" do một cửa trong 0.5 ngày làm việc
      bước tham-dinh "Thẩm định hồ sơ" do "Phòng Bảo hiểm thất nghiệp" trong 15 ngày làm việc
        du -> xac-nhan
        thieu -> yêu cầu bổ sung
        khong-du-dieu-kien -> từ chối
      lấy ý kiến xac-nhan "Xác nhận quá trình đóng bảo hiểm thất nghiệp"
        với "Bảo hiểm xã hội tỉnh" trong 2 ngày làm việc
      bước trinh "Trình ký quyết định" do "Giám đốc Trung tâm Dịch vụ việc làm" trong 1 ngày làm việc
      bước quyet-dinh "Ký quyết định hưởng trợ cấp thất nghiệp" do "Lãnh đạo Sở Nội vụ" trong 1.5 ngày làm việc
        dong-y -> tra-ket-qua
        tu-choi -> từ chối
      trả kết quả tra-ket-qua "Trả kết quả" do một cửa

    # Khối dữ liệu đặt cuối tệp để các dòng trên giữ số dòng mà các bài kiểm tra in ra.
    dữ liệu
      Age "Tuổi của người lao động" số nguyên
      Retired "Đã nghỉ hưu" có hoặc không không bắt buộc
      Reason "Lý do chấm dứt hợp đồng lao động" một trong "hết hạn", "thôi việc", "bị sa thải" không bắt buộc
    """ + "\n";

    /// <summary>Replaces the one occurrence of <paramref name="find"/>; fails when it is missing or repeated, so no edit is silently lost.</summary>
    public static string Edit(this string text, string find, string replacement)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        if (at < 0 || text.IndexOf(find, at + 1, StringComparison.Ordinal) >= 0)
            throw new ArgumentException($"\"{find}\" must occur exactly once in the text", nameof(find));
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + find.Length));
    }
}
