using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Siec.Cms.Core.Data;
using Siec.Cms.Core.Recipes;
using Siec.Cms.Core.Tenancy;

namespace Siec.Cms.Admin.Recipes;

/// <summary>
/// Runs the admin's recipe checks and imports one at a time in the background, so a long import survives the page
/// being closed. Progress lives in this process while a job runs (an import holds SQLite's one writer for its whole
/// transaction, so it cannot be written to the database meanwhile); the report is stored once the job ends, where
/// every server and every later visit reads it.
/// </summary>
public sealed class RecipeJobs(TenantShells shells, TenantRegistry tenants, ILogger<RecipeJobs> logger) : BackgroundService
{
    private readonly Channel<(RecipeJob Job, RecipeDescriptor Recipe, RecipeOptions Options, string? Upload)> _queue =
        Channel.CreateUnbounded<(RecipeJob, RecipeDescriptor, RecipeOptions, string?)>();
    private readonly ConcurrentDictionary<string, RecipeJob> _active = new(StringComparer.Ordinal);

    /// <summary>Queues a job; <paramref name="upload"/> is a file of the job's own, deleted once it ends.</summary>
    public RecipeJob Enqueue(string tenant, RecipeDescriptor recipe, bool import, RecipeOptions options, string? userName, string? upload)
    {
        var job = new RecipeJob
        {
            Id = Guid.NewGuid().ToString("n"), Tenant = tenant, Import = import, RecipeName = recipe.DisplayName is { Length: > 0 } d ? d : recipe.Name,
            UserName = userName, State = RecipeJobState.Queued, QueuedUtc = DateTime.UtcNow, Total = recipe.ItemCount,
        };
        _active[job.Id] = job;
        _queue.Writer.TryWrite((job, recipe, options, upload));
        return job;
    }

    /// <summary>A job queued or running in this process, or null.</summary>
    public RecipeJob? Active(string tenant, string id) => _active.GetValueOrDefault(id) is { } job && job.Tenant == tenant ? job : null;

    /// <summary>Jobs ahead of <paramref name="job"/> in this process's queue.</summary>
    public int Ahead(RecipeJob job) => _active.Values.Count(j => !j.Finished && j.QueuedUtc < job.QueuedUtc);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (job, recipe, options, upload) in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await RunAsync(job, recipe, options);
                await KeepAsync(job);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Recipe job {Job} could not finish", job.Id);
            }
            finally
            {
                if (upload is not null)
                {
                    File.Delete(upload);
                }

                _active.TryRemove(job.Id, out _);
            }
        }
    }

    private async Task RunAsync(RecipeJob job, RecipeDescriptor recipe, RecipeOptions options)
    {
        job.StartedUtc = DateTime.UtcNow;
        job.State = RecipeJobState.Running;
        await using var scope = await OpenAsync(job);
        var executor = scope.ServiceProvider.GetRequiredService<RecipeExecutor>();
        var progress = new Progress(job);
        try
        {
            var result = await executor.ExecuteAsync(recipe, new RecipeOptions
            {
                SkipUnsupported = options.SkipUnsupported, ValidateOnly = !job.Import, Parameters = options.Parameters, Progress = progress,
            });
            job.Report.Add(job.Import
                ? $"Zaimportowano recepturę „{job.RecipeName}” ({result.StepsExecuted} kroków, {result.ItemsImported} pozycji)."
                : $"Receptura „{job.RecipeName}” jest poprawna ({result.StepsExecuted} kroków sprawdzonych, nic nie zapisano).");
            job.Report.AddRange(result.SkippedSteps.Select(s => $"Pominięty krok {s}"));
            job.Report.AddRange(result.Warnings.Select(w => $"Ostrzeżenie: {w}"));
            job.State = RecipeJobState.Succeeded;
        }
        catch (RecipeException e)
        {
            job.Report.Add($"Błąd: {e.Message}");
            job.Report.Add(job.Import ? "Nic nie zostało zmienione." : "Receptura jest niepoprawna.");
            job.State = RecipeJobState.Failed;
        }
        catch (Exception e)
        {
            logger.LogError(e, "Recipe job {Job} failed", job.Id);
            job.Report.Add("Błąd: import przerwał nieoczekiwany błąd serwera (szczegóły w dzienniku). Nic nie zostało zmienione.");
            job.State = RecipeJobState.Failed;
        }

        job.FinishedUtc = DateTime.UtcNow;
    }

    /// <summary>Stores the finished job with the last few, in its own transaction after the import's.</summary>
    private async Task KeepAsync(RecipeJob job)
    {
        await using var scope = await OpenAsync(job);
        var documents = scope.ServiceProvider.GetRequiredService<DocumentStore>();
        await scope.ServiceProvider.GetRequiredService<Transactions>().RunAsync(async () =>
        {
            var history = await documents.GetAsync<RecipeJobHistory>(RecipeJobHistory.DocumentKey);
            history.Jobs.Insert(0, job);
            history.Jobs = history.Jobs.Take(RecipeJobHistory.Kept).ToList();
            await documents.SaveAsync(RecipeJobHistory.DocumentKey, history);
        });
    }

    private async Task<AsyncServiceScope> OpenAsync(RecipeJob job) =>
        await shells.OpenAsync(await tenants.FindAsync(job.Tenant) ?? throw new InvalidOperationException($"Sieć '{job.Tenant}' zniknęła w trakcie zadania."));

    private sealed class Progress(RecipeJob job) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => (job.Done, job.Total) = value;
    }
}
