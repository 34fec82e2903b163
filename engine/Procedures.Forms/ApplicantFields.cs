namespace Procedures.Forms;

/// <summary>
/// Which fields of a dossier's data fill the applicant's lines of the forms. Each procedure declares its own data; the
/// catalogue's shared field set <c>nguoi-nop</c> names the applicant <c>HọTên</c> and the identity number
/// <c>SốĐịnhDanh</c>. No shared field holds an address, a telephone number or an e-mail address yet, so those defaults
/// are assumed names. A line whose field the dossier does not have is printed blank (dotted), for the officer to fill
/// in by hand as on the paper form.
/// </summary>
public sealed record ApplicantFields(
    string Name = "HọTên",
    string IdentityNumber = "SốĐịnhDanh",
    string Address = "ĐịaChỉ",
    string Phone = "SốĐiệnThoại",
    string Email = "Email")
{
    public static ApplicantFields Default { get; } = new();
}
