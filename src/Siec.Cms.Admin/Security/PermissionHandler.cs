using Microsoft.AspNetCore.Authorization;
using Siec.Cms.Core.Security;

namespace Siec.Cms.Admin.Security;

/// <summary>Meets a <see cref="PermissionRequirement"/> when the user's roles grant the permission.</summary>
public sealed class PermissionHandler(PermissionChecker permissions) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (await permissions.HasAsync(context.User, requirement.Permission))
        {
            context.Succeed(requirement);
        }
    }
}
