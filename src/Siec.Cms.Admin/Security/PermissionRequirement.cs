using Microsoft.AspNetCore.Authorization;

namespace Siec.Cms.Admin.Security;

/// <summary>An authorization requirement met by holding one permission.</summary>
public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;
