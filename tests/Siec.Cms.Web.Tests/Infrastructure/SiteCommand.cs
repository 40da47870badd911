using System.Diagnostics;

namespace Siec.Cms.Web.Tests.Infrastructure;

/// <summary>The site's own executable run as a separate process, as an administrator runs its commands.</summary>
public static class SiteCommand
{
    /// <param name="input">What is typed at the prompt; null closes standard input at once, as in CI.</param>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string folder, string? input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Siec.Cms.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.WriteLineAsync(input);
        }

        process.StandardInput.Close();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output, await error);
    }
}
