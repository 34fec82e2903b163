using System.Globalization;
using Procedures.Runtime.Messages;

namespace Procedures.Forms;

/// <summary>The forms of the one-stop mechanism, numbered as Circular 01/2018/TT-VPCP numbers them (mẫu số 01–06).</summary>
public enum FormNumber
{
    /// <summary>Mẫu số 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả.</summary>
    Receipt = 1,
    /// <summary>Mẫu số 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ.</summary>
    CompletionRequest = 2,
    /// <summary>Mẫu số 03: Phiếu từ chối tiếp nhận giải quyết hồ sơ.</summary>
    Refusal = 3,
    /// <summary>Mẫu số 04: Phiếu xin lỗi và hẹn lại ngày trả kết quả.</summary>
    Apology = 4,
    /// <summary>Mẫu số 05: Phiếu kiểm soát quá trình giải quyết hồ sơ.</summary>
    ControlSheet = 5,
    /// <summary>Mẫu số 06: Sổ theo dõi hồ sơ (of an agency over a period, not of one dossier).</summary>
    Register = 6,
}

public static class FormNumbers
{
    /// <summary>"01" … "06", as the circular writes the number and a host's path can carry it.</summary>
    public static string Code(this FormNumber form) => ((int)form).ToString("00", CultureInfo.InvariantCulture);

    /// <summary>The form's name as the circular titles it.</summary>
    public static string Title(this FormNumber form) => form switch
    {
        FormNumber.Receipt => "Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
        FormNumber.CompletionRequest => "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
        FormNumber.Refusal => "Phiếu từ chối tiếp nhận giải quyết hồ sơ",
        FormNumber.Apology => "Phiếu xin lỗi và hẹn lại ngày trả kết quả",
        FormNumber.ControlSheet => "Phiếu kiểm soát quá trình giải quyết hồ sơ",
        FormNumber.Register => "Sổ theo dõi hồ sơ",
        _ => form.ToString(),
    };

    /// <summary>The form a text names: "01" … "06" or "1" … "6"; anything else is refused with PRC5075.</summary>
    public static Refusal? TryParse(string? text, out FormNumber form)
    {
        form = default;
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length is >= 1 and <= 2 && trimmed.All(char.IsAsciiDigit)
            && int.Parse(trimmed, CultureInfo.InvariantCulture) is var number and >= 1 and <= 6)
        {
            form = (FormNumber)number;
            return null;
        }
        return RefusalCatalogue.NoSuchForm.With(text ?? "");
    }
}
