using Ecomuna.Core.Background;
using Ecomuna.Core.Email.Outbox;
using Microsoft.Extensions.Logging;

namespace Ecomuna.Core.Background;

/// <summary>
/// The one background service: sends the outbox in batches and runs the scheduled jobs, each loop on its own so a
/// slow job never holds up mail. Any number of instances may run against one database. When the app stops, the batch
/// being sent is finished (within the host's shutdown timeout) before the service ends.
/// </summary>
internal sealed class MailAndJobsService(
    IServiceScopeFactory scopes, ScheduledJobRunner jobs, OutboxSignal signal, IOptions<OutboxOptions> options, ILogger<MailAndJobsService> logger)
    : BackgroundService
{
    private static readonly TimeSpan MaxUnreachableWait = TimeSpan.FromMinutes(5);

    /// <summary>Cancelled only when the host stops waiting for us; then the batch's unsent rest goes back to the queue.</summary>
    private readonly CancellationTokenSource _abort = new();

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await using var abortWhenTimeIsUp = cancellationToken.Register(_abort.Cancel);
        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _abort.Dispose();
        base.Dispose();
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(SendLoopAsync(stoppingToken), JobLoopAsync(stoppingToken));

    private async Task SendLoopAsync(CancellationToken ct)
    {
        var settings = options.Value;
        var unreachableWait = settings.PollInterval;
        while (!ct.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                using var scope = scopes.CreateScope();
                var result = await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendBatchAsync(_abort.Token);
                if (result.ServerUnreachable)
                {
                    // Waits longer each time the server is still away, so a long outage costs little.
                    wait = unreachableWait;
                    unreachableWait = TimeSpan.FromTicks(Math.Min(unreachableWait.Ticks * 2, MaxUnreachableWait.Ticks));
                }
                else
                {
                    unreachableWait = settings.PollInterval;
                    wait = result.Claimed >= settings.BatchSize ? TimeSpan.Zero : settings.PollInterval;
                }
            }
            catch (OperationCanceledException) when (_abort.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Sending the outbox failed; trying again shortly");
                wait = settings.PollInterval;
            }

            if (wait > TimeSpan.Zero)
            {
                await WaitAsync(signal.WaitAsync(wait, ct));
            }
        }
    }

    private async Task JobLoopAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await jobs.RunDueAsync(ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Running the scheduled jobs failed; trying again at the next tick");
            }

            await WaitAsync(Task.Delay(options.Value.JobTick, ct));
        }
    }

    private static async Task WaitAsync(Task wait)
    {
        try
        {
            await wait;
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }
}
