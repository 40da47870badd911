using Siec.Cms.Core.ContentManagement;

namespace Siec.Network.Materials;

/// <summary>How a member's material stands, in the words of "Moje materiały".</summary>
public static class MaterialStates
{
    public static string Describe(ContentItem latest, string? lastDecision) => lastDecision switch
    {
        AuditActions.Submitted when latest.Published => "Opublikowany; nowa wersja czeka na akceptację",
        AuditActions.Submitted => "Czeka na akceptację koordynatora",
        AuditActions.ChangesRequested => "Do poprawy",
        AuditActions.Rejected => "Odrzucony",
        _ when latest.Published => "Opublikowany",
        _ => "Szkic",
    };
}
