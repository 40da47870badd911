using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Siec.Cms.Core.ContentManagement;

namespace Siec.Cms.Web.Tests.Infrastructure;

/// <summary>The default recipe's workshop, opened for sign-up as its organiser would.</summary>
public static class Workshops
{
    public const string Id = "46ezyrq4asd2n9mhf06ftwm4zn";
    public const string Path = "/warsztaty/spotkanie-inauguracyjne-sulejowek";

    public static async Task OpenRegistrationAsync(SiteFactory site, DateTime start, int capacity, DateTime? deadline = null)
    {
        using var scope = site.Services.CreateScope();
        var content = scope.ServiceProvider.GetRequiredService<ContentManager>();
        var workshop = (await content.GetAsync(Id, VersionOptions.Latest))!;
        var part = workshop.GetOrCreatePart("Workshop");
        part["Start"] = new JsonObject { ["Value"] = ContentItemJson.FormatDate(start) };
        part["End"] = new JsonObject { ["Value"] = ContentItemJson.FormatDate(start.AddHours(8)) };
        part["RegistrationOpen"] = new JsonObject { ["Value"] = true };
        part["Capacity"] = new JsonObject { ["Value"] = capacity };
        part["RegistrationDeadline"] = new JsonObject { ["Value"] = ContentItemJson.FormatDate(deadline ?? start.AddDays(-1)) };
        workshop.Part("Sessions")!["ContentItems"] = new JsonArray();
        await content.PublishAsync(workshop);
    }
}
