using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Ecomuna.Core.Background;

public enum WorkState
{
    Queued,
    Running,
    Finished,
    Failed,
}

/// <summary>How far a piece of long work has come, for the page that shows its progress.</summary>
public sealed class WorkProgress : IProgress<(int Done, int Total)>
{
    private int _done;
    private int _total;

    public WorkState State { get; internal set; } = WorkState.Queued;
    public int Done => _done;
    public int Total => _total;

    /// <summary>What the work reports when it ends, in the language of the person who started it.</summary>
    public string? Result { get; internal set; }

    /// <summary>The page to go back to when the work has ended.</summary>
    public string ReturnUrl { get; init; } = "/";

    public string StartedBy { get; init; } = "";

    public void Report((int Done, int Total) value)
    {
        Volatile.Write(ref _total, value.Total);
        Volatile.Write(ref _done, value.Done);
    }
}

/// <summary>
/// Long work (an invoice run, sending a year's invoices) started from a page and done in the background, one piece
/// at a time, in a scope of its own; the page that started it shows its progress and result.
/// </summary>
public sealed class BackgroundWork
{
    public delegate Task<string> Work(IServiceProvider services, IProgress<(int Done, int Total)> progress, CancellationToken ct);

    internal sealed record Item(Guid Id, CultureInfo Culture, CultureInfo UiCulture, Work Work, WorkProgress Progress);

    private readonly Channel<Item> _queue = Channel.CreateUnbounded<Item>();
    private readonly ConcurrentDictionary<Guid, WorkProgress> _progress = new();

    internal ChannelReader<Item> Queue => _queue.Reader;

    /// <summary>Queues the work; it runs with the current culture, so its messages are in the starter's language.</summary>
    public Guid Start(string startedBy, string returnUrl, Work work)
    {
        var id = Guid.NewGuid();
        var progress = new WorkProgress { StartedBy = startedBy, ReturnUrl = returnUrl };
        _progress[id] = progress;
        _queue.Writer.TryWrite(new Item(id, CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, work, progress));
        return id;
    }

    public WorkProgress? Find(Guid id) => _progress.GetValueOrDefault(id);
}

internal sealed partial class BackgroundWorkService(BackgroundWork work, IServiceScopeFactory scopes, ILogger<BackgroundWorkService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var item in work.Queue.ReadAllAsync(stoppingToken))
        {
            item.Progress.State = WorkState.Running;
            CultureInfo.CurrentCulture = item.Culture;
            CultureInfo.CurrentUICulture = item.UiCulture;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                item.Progress.Result = await item.Work(scope.ServiceProvider, item.Progress, stoppingToken);
                item.Progress.State = WorkState.Finished;
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, exception, item.Id);
                item.Progress.State = WorkState.Failed;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Background work {Id} failed; nothing of it was saved unless it said so")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid id);
}
