namespace Procedures.Host.Tests;

/// <summary>The fixture catalogue's agencies and units the tests act as.</summary>
public static class Agencies
{
    /// <summary>Trung tâm Dịch vụ việc làm: executes 1.001978 (unemployment benefit).</summary>
    public const string EmploymentCentre = "000.19.30.H00";
    /// <summary>Bảo hiểm xã hội tỉnh: consulted by 1.001978.</summary>
    public const string SocialInsurance = "000.00.40.H00";
    /// <summary>Sở Nội vụ: its leadership signs 1.001978's decision.</summary>
    public const string HomeAffairs = "000.00.19.H00";
    /// <summary>Ủy ban nhân dân cấp xã: executes 1.001776 (monthly social allowance).</summary>
    public const string Commune = "000.01.00.X00";

    public const string OneStop = "Bộ phận Một cửa";
    public const string UnemploymentInsurance = "Phòng Bảo hiểm thất nghiệp";
    public const string CentreDirector = "Giám đốc Trung tâm Dịch vụ việc làm";
    public const string HomeAffairsLeaders = "Lãnh đạo Sở Nội vụ";
    public const string SocialInsuranceBenefits = "Phòng Chế độ bảo hiểm xã hội";

    public const string Unemployment = "1.001978";
    public const string SocialAllowance = "1.001776";
}
