namespace Procedures.Api.Access;

/// <summary>
/// The claims the API reads from the caller's token (or from whatever principal the hosting portal's own authentication
/// produced): <c>role</c> (one or several of <see cref="ApiRoles"/>), <c>agency</c> (the agency's code as the catalogue
/// gives it, e.g. <c>000.19.30.H00</c>, or its name when it has no code), <c>unit</c> (the unit's name, e.g.
/// <c>Phòng Bảo hiểm thất nghiệp</c>, or <c>Bộ phận Một cửa</c> for the agency's one-stop office) and <c>portal</c> (the
/// portal's client id; <c>sub</c> when absent).
/// </summary>
public static class ApiClaims
{
    public const string Role = "role";
    public const string Agency = "agency";
    public const string Unit = "unit";
    public const string Portal = "portal";
    public const string Subject = "sub";
}

/// <summary>The roles of the API.</summary>
public static class ApiRoles
{
    /// <summary>A portal submits dossiers and reads (and completes) its own.</summary>
    public const string Portal = "portal";
    /// <summary>An officer reads the dossiers of their agency and acts on the steps of their own unit.</summary>
    public const string Officer = "officer";
    /// <summary>An agency reads the dossiers that are or were at it, and its inbox and warnings.</summary>
    public const string Agency = "agency";
    /// <summary>Legal staff read the diagnostics of procedure files.</summary>
    public const string LegalStaff = "legal-staff";

    public static IReadOnlyList<string> All { get; } = [Portal, Officer, Agency, LegalStaff];
}
