using System.Net;
using System.Text.RegularExpressions;

namespace Siec.Cms.Web.Tests.Infrastructure;

/// <summary>The admin's recipe jobs as a browser sees them.</summary>
public static class RecipeJobs
{
    /// <summary>
    /// Follows a recipe job the admin started (the POST's redirect to its page) until it ends, as its page's script
    /// does, and returns the page with its report.
    /// </summary>
    public static async Task<string> ReportAsync(HttpClient client, HttpResponseMessage posted)
    {
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var page = posted.Headers.Location!.ToString();
        var id = Regex.Match(page, "zadanie=([0-9a-f]+)").Groups[1].Value;
        for (var waited = 0; waited < 600; waited++)
        {
            var status = await client.GetStringAsync($"/Admin/Recipes?handler=Status&zadanie={id}");
            if (status.Contains("\"finished\":true", StringComparison.Ordinal))
            {
                return await client.GetStringAsync(page);
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The recipe job {id} did not finish within a minute.");
    }
}
