using System.Collections.Immutable;
using System.Security.Claims;
using Procedures.Language.Binding;

namespace Procedures.Api.Access;

/// <summary>Who is calling, as the API's rules need it: roles, agency, unit and portal, read once per request.</summary>
public sealed record Caller(bool Authenticated, ImmutableHashSet<string> Roles, string? Agency, string? Unit, string? Portal)
{
    public static Caller From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var authenticated = user.Identities.Any(i => i.IsAuthenticated);
        var roles = user.Claims
            .Where(c => c.Type is ApiClaims.Role or ClaimTypes.Role)
            .Select(c => c.Value.Trim())
            .ToImmutableHashSet(StringComparer.Ordinal);
        string? Value(params string[] types) =>
            types.Select(t => user.FindFirst(t)?.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
        return new Caller(authenticated, roles,
            Value(ApiClaims.Agency),
            Value(ApiClaims.Unit),
            Value(ApiClaims.Portal, ApiClaims.Subject, ClaimTypes.NameIdentifier));
    }

    public bool Is(string role) => Authenticated && Roles.Contains(role);

    /// <summary>An officer or an agency with an agency claim: the roles that see dossiers by agency.</summary>
    public bool ActsForAgency => (Is(ApiRoles.Officer) || Is(ApiRoles.Agency)) && Agency is not null;

    public bool IsPortal => Is(ApiRoles.Portal) && Portal is not null;

    /// <summary>Whether <paramref name="unit"/> is this caller's unit (case, Unicode form and spacing do not matter).</summary>
    public bool HasUnit(string? unit) => Unit is not null && unit is not null && Names.Key(Unit) == Names.Key(unit);
}
