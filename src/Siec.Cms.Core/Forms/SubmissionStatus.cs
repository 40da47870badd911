namespace Siec.Cms.Core.Forms;

/// <summary>Where a submission stands; only forms whose handler reviews them use pending, approved and rejected.</summary>
public static class SubmissionStatus
{
    public const string Received = "Received";
    public const string Pending = "Pending";
    public const string Approved = "Approved";
    public const string Rejected = "Rejected";

    public static string Polish(string status) => status switch
    {
        Pending => "oczekuje",
        Approved => "przyjęte",
        Rejected => "odrzucone",
        _ => "przyjęto",
    };
}
