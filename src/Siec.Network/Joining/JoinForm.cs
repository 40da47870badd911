using Siec.Network.Common;

namespace Siec.Network.Joining;

/// <summary>The join form's type and the input names the approval reads; other inputs are stored and shown as they are.</summary>
public static class JoinForm
{
    public const string FirstName = "Imie";
    public const string LastName = "Nazwisko";
    public const string Email = "Email";
    public const string Institution = "Instytucja";
    public const string Voivodeship = "Wojewodztwo";
    public const string MemberRole = "Member";
}
