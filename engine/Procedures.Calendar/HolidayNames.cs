namespace Procedures.Calendar;

/// <summary>The names of the public holidays of Labour Code 2019 Art. 112(1), as printed for citizens.</summary>
public static class HolidayNames
{
    public const string NewYear = "Tết Dương lịch";
    public const string LunarNewYear = "Tết Nguyên đán";
    public const string HungKings = "Giỗ Tổ Hùng Vương";
    public const string Victory = "Ngày Chiến thắng";
    public const string Labour = "Ngày Quốc tế lao động";
    public const string NationalDay = "Quốc khánh";
    public const string CompensatoryPrefix = "Nghỉ bù ";
}
