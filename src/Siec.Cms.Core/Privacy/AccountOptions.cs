namespace Siec.Cms.Core.Privacy;

/// <summary>Member accounts: which content type is a user's profile (owned by them), and how long rejected applications are kept.</summary>
public sealed class AccountOptions
{
    public string? ProfileType { get; set; }

    /// <summary>Days after rejection when an application's personal data is erased (<c>Cms:Accounts:RejectedRetentionDays</c>).</summary>
    public double RejectedRetentionDays { get; set; } = 30;

    public const string ErasedUserName = "Użytkownik usunięty";
}
