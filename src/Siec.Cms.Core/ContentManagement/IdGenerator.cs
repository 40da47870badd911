namespace Siec.Cms.Core.ContentManagement;

/// <summary>26-character ids from a Guid in the Crockford-style base32 alphabet Orchard Core uses.</summary>
public static class IdGenerator
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    public static string NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        Guid.NewGuid().TryWriteBytes(bytes);
        var chars = new char[26];
        var buffer = new System.Numerics.BigInteger(bytes, isUnsigned: true);
        for (var i = 25; i >= 0; i--)
        {
            chars[i] = Alphabet[(int)(buffer % 32)];
            buffer /= 32;
        }

        return new string(chars);
    }
}
