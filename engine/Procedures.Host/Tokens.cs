using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Procedures.Api.Access;

namespace Procedures.Host;

/// <summary>What a development token says about its holder.</summary>
public sealed record TokenRequest(IReadOnlyList<string> Roles, string? Agency, string? Unit, string? Portal, string Subject, TimeSpan Lifetime);

/// <summary>Signs tokens with the host's own key, for local use and tests.</summary>
public static class Tokens
{
    public static string Mint(AuthSettings auth, TokenRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(auth);
        ArgumentNullException.ThrowIfNull(request);
        var claims = new List<Claim> { new(ApiClaims.Subject, request.Subject) };
        claims.AddRange(request.Roles.Select(r => new Claim(ApiClaims.Role, r)));
        if (request.Agency is not null) claims.Add(new Claim(ApiClaims.Agency, request.Agency));
        if (request.Unit is not null) claims.Add(new Claim(ApiClaims.Unit, request.Unit));
        if (request.Portal is not null) claims.Add(new Claim(ApiClaims.Portal, request.Portal));
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = auth.Issuer,
            Audience = auth.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime.AddMinutes(-1),
            Expires = (now + request.Lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(SigningKeys.For(auth), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
