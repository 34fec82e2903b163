using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Procedures.Host;

/// <summary>
/// The symmetric key (HMAC-SHA256) tokens are signed with when no identity provider is configured: the configured
/// <c>Auth:SigningKey</c> (base64, at least 32 bytes), else the development key file, made with 32 random bytes on first
/// use and readable only by its owner.
/// </summary>
public static class SigningKeys
{
    public static SymmetricSecurityKey For(AuthSettings auth)
    {
        ArgumentNullException.ThrowIfNull(auth);
        var bytes = auth.SigningKey is { } configured ? Convert.FromBase64String(configured) : DevelopmentKey(auth.DevelopmentKeyFile);
        if (bytes.Length < 32) throw new InvalidOperationException("Auth:SigningKey must hold at least 32 bytes (base64)");
        return new SymmetricSecurityKey(bytes) { KeyId = "procedures" };
    }

    static byte[] DevelopmentKey(string path)
    {
        if (File.Exists(path)) return Convert.FromBase64String(File.ReadAllText(path).Trim());
        var key = RandomNumberGenerator.GetBytes(32);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using var file = new FileStream(path, options);
            using var writer = new StreamWriter(file);
            writer.Write(Convert.ToBase64String(key));
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process made it first: use theirs.
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }
        return key;
    }
}
