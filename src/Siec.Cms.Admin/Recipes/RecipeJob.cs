namespace Siec.Cms.Admin.Recipes;

public enum RecipeJobState
{
    Queued,
    Running,
    Succeeded,
    Failed,
}

/// <summary>One validation or import started from the admin: its progress while it runs, its report once done.</summary>
public sealed class RecipeJob
{
    public string Id { get; set; } = "";

    /// <summary>The network the job runs in: only its admin sees the job.</summary>
    public string Tenant { get; set; } = "";

    /// <summary>True for an import, false for a check that writes nothing.</summary>
    public bool Import { get; set; }

    public string RecipeName { get; set; } = "";

    public string? UserName { get; set; }

    public RecipeJobState State { get; set; }

    public int Done { get; set; }

    public int Total { get; set; }

    public DateTime QueuedUtc { get; set; }

    public DateTime? StartedUtc { get; set; }

    public DateTime? FinishedUtc { get; set; }

    public List<string> Report { get; set; } = [];

    public bool Finished => State is RecipeJobState.Succeeded or RecipeJobState.Failed;

    /// <summary>Items a second since the job started, once it has done some.</summary>
    public double? Rate(DateTime nowUtc) =>
        StartedUtc is { } started && Done > 0 && (FinishedUtc ?? nowUtc) > started ? Done / ((FinishedUtc ?? nowUtc) - started).TotalSeconds : null;
}

/// <summary>The finished jobs kept for their reports, newest first.</summary>
public sealed class RecipeJobHistory
{
    public const string DocumentKey = "RecipeJobs";

    public const int Kept = 20;

    public List<RecipeJob> Jobs { get; set; } = [];
}
