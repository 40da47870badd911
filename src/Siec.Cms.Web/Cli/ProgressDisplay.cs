using System.Diagnostics;
using System.Globalization;

namespace Siec.Cms.Web.Cli;

/// <summary>
/// Shows how far long work has got: a bar redrawn in place on a terminal; a plain line every few seconds when the
/// output goes to a file or a log, where a redrawn bar would be noise.
/// </summary>
internal sealed class ProgressDisplay(string what) : IProgress<(int Done, int Total)>
{
    private static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly bool _terminal = !Console.IsOutputRedirected;
    private TimeSpan? _lastLine;

    public void Report((int Done, int Total) value)
    {
        var (done, total) = value;
        var rate = done / Math.Max(0.001, _clock.Elapsed.TotalSeconds);
        var left = rate > 0 && total > done ? TimeSpan.FromSeconds((total - done) / rate) : TimeSpan.Zero;
        var text = string.Format(Polish, "{0}: {1:N0} z {2:N0} ({3:N0} na sekundę, zostało {4:mm\\:ss})", what, done, total, rate, left);
        if (_terminal)
        {
            const int width = 30;
            var filled = total == 0 ? width : (int)((long)done * width / total);
            Console.Write($"\r[{new string('#', filled)}{new string('.', width - filled)}] {text}   ");
            if (done >= total)
            {
                Console.WriteLine();
            }
        }
        else if (_lastLine is null || _clock.Elapsed - _lastLine >= TimeSpan.FromSeconds(5) || done >= total)
        {
            Console.WriteLine(text);
            _lastLine = _clock.Elapsed;
        }
    }
}
