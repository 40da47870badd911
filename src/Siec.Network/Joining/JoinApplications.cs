using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Siec.Cms.Core.ContentManagement;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Forms;
using Siec.Cms.Core.Mail;
using Siec.Cms.Core.Security;
using Siec.Cms.Core.Text;
using Siec.Network.Common;
using Siec.Network.Members;

namespace Siec.Network.Joining;

/// <summary>
/// Applications to join: the coordinator and the applicant are mailed on arrival; approval creates a Member
/// account with a profile and mails a link to set a password; rejection mails the reason. All inside the
/// transaction of the submission or the decision.
/// </summary>
public sealed class JoinApplications(
    MailOutbox outbox,
    DocumentStore documents,
    UserManager<IdentityUser> users,
    ContentManager content,
    PasswordLinks passwordLinks) : IFormSubmissionHandler
{
    public bool Reviews => true;

    public bool Handles(FormDefinition form) => form.Item.ContentType == ContentTypes.JoinForm;

    public async Task SubmittedAsync(FormDefinition form, FormSubmission submission, FormRequest request)
    {
        var model = Model(submission, request);
        if (await Coordinator.EmailAsync(documents) is { } coordinator)
        {
            await outbox.EnqueueAsync("JoinReceived", coordinator, model, $"join-received:{submission.Record.Id}", submission.Record.Id);
        }

        await outbox.EnqueueAsync("JoinConfirmation", submission.Record.Email!, model, $"join-confirmation:{submission.Record.Id}", submission.Record.Id);
    }

    public async Task<string?> ApprovedAsync(FormSubmission submission, FormRequest request)
    {
        var email = submission.Record.Email ?? throw new InvalidOperationException("Zgłoszenie nie ma adresu e-mail.");
        var user = await users.FindByEmailAsync(email) ?? await CreateUserAsync(email, submission);
        if (!await users.IsInRoleAsync(user, JoinForm.MemberRole))
        {
            Require(await users.AddToRoleAsync(user, JoinForm.MemberRole));
        }

        await CreateProfileAsync(user, submission);
        var model = Model(submission, request);
        model["UserName"] = user.UserName;
        model["PasswordLink"] = await passwordLinks.CreateAsync(user, request.BaseUrl);
        await outbox.EnqueueAsync("JoinApproved", email, model, $"join-approved:{submission.Record.Id}", submission.Record.Id);
        return user.Id;
    }

    public async Task RejectedAsync(FormSubmission submission, string reason, FormRequest request)
    {
        var model = Model(submission, request);
        model["Reason"] = reason;
        await outbox.EnqueueAsync("JoinRejected", submission.Record.Email!, model, $"join-rejected:{submission.Record.Id}", submission.Record.Id);
    }

    /// <summary>The user name comes from the person's name (shown on the forum, used for @mentions), never the e-mail address.</summary>
    private async Task<IdentityUser> CreateUserAsync(string email, FormSubmission submission)
    {
        var name = Slugifier.Slugify($"{submission.Value(JoinForm.FirstName)} {submission.Value(JoinForm.LastName)}");
        name = name.Length == 0 ? "czlonek" : name[..Math.Min(name.Length, 40)];
        var userName = name;
        for (var i = 2; await users.FindByNameAsync(userName) is not null; i++)
        {
            userName = $"{name}-{i}";
        }

        var user = new IdentityUser { UserName = userName, Email = email, EmailConfirmed = true };
        Require(await users.CreateAsync(user));
        return user;
    }

    private async Task CreateProfileAsync(IdentityUser user, FormSubmission submission)
    {
        var profile = await content.NewAsync(ContentTypes.MemberProfile);
        profile.Owner = user.Id;
        profile.DisplayText = $"{submission.Value(JoinForm.FirstName)} {submission.Value(JoinForm.LastName)}".Trim();
        profile.Title = profile.DisplayText;
        var part = profile.GetOrCreatePart(ContentTypes.MemberProfile);
        part["Library"] = new JsonObject { ["Text"] = submission.Value(JoinForm.Institution) };
        part["Voivodeship"] = new JsonObject { ["Text"] = submission.Value(JoinForm.Voivodeship) };
        part["ListedInDirectory"] = new JsonObject { ["Value"] = true };
        part["EmailNotifications"] = new JsonObject { ["Text"] = EmailNotifications.EachPost };
        await content.CreateAsync(profile, publish: true);
    }

    private static Dictionary<string, object?> Model(FormSubmission submission, FormRequest request) => new()
    {
        ["FirstName"] = submission.Value(JoinForm.FirstName),
        ["LastName"] = submission.Value(JoinForm.LastName),
        ["Email"] = submission.Record.Email,
        ["Values"] = submission.Values.Select(v => new Dictionary<string, object?> { ["Label"] = v.Label, ["Value"] = v.Value }).ToList(),
        ["AdminLink"] = $"{request.BaseUrl}/Admin/Submissions/{submission.Record.Id}",
        ["BaseUrl"] = request.BaseUrl,
    };

    private static void Require(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
