using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Siec.Cms.Core.Data;
using Siec.Cms.Web.Tests.Infrastructure;
using static Siec.Cms.Web.Tests.Infrastructure.HtmlForms;

namespace Siec.Cms.Web.Tests;

/// <summary>Mail is never lost and never doubled: the SMTP server is down, the site restarts, the server comes back.</summary>
public sealed class MailOutageTests
{
    [Fact]
    public async Task Fifty_applications_made_while_smtp_is_down_each_mail_the_coordinator_exactly_once_after_a_restart()
    {
        var smtp = new SmtpSink();
        var dataPath = SiteFactory.NewDataPath();
        try
        {
            await using (var first = MailSites.Create(smtp, dataPath))
            {
                for (var i = 0; i < 50; i++)
                {
                    var response = await PostFormAsync(MailSites.Client(first), "/dolacz", JoiningTests.Application("Osoba", $"Numer{i}", $"osoba{i}@example.org"));
                    Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
                }

                using var scope = first.Services.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
                Assert.Equal(50, await db.FormSubmissions.CountAsync());
                Assert.Equal(100, await db.Outbox.CountAsync(m => m.SentUtc == null));
                // The sender has tried and failed while the server was down.
                for (var wait = 0; wait < 100 && !await db.Outbox.AnyAsync(m => m.Attempts > 0); wait++)
                {
                    await Task.Delay(100);
                }

                Assert.True(await db.Outbox.AnyAsync(m => m.Attempts > 0 && m.LastError != null));
            }

            smtp.Start();
            await using var second = MailSites.Create(smtp, dataPath);
            _ = second.Server;
            await smtp.WaitForAsync(m => m.Count >= 100, seconds: 60);
            await Task.Delay(TimeSpan.FromSeconds(2));

            var coordinator = smtp.To("moderator_siecibp@ore.edu.pl").ToList();
            Assert.Equal(50, coordinator.Count);
            Assert.Equal(50, coordinator.Select(m => m.Subject).Distinct().Count());
            Assert.Equal(50, coordinator.Select(m => m.MessageId).Distinct().Count());
            Assert.Equal(100, smtp.Messages.Count);
            Assert.All(Enumerable.Range(0, 50), i => Assert.Single(smtp.To($"osoba{i}@example.org")));
            using var check = second.Services.CreateScope();
            Assert.Equal(0, await check.ServiceProvider.GetRequiredService<CmsDbContext>().Outbox.CountAsync(m => m.SentUtc == null));
        }
        finally
        {
            await smtp.DisposeAsync();
            Directory.Delete(dataPath, recursive: true);
        }
    }
}
