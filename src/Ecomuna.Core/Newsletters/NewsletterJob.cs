using Ecomuna.Core.Background;
using Ecomuna.Core.Email.Outbox;

namespace Ecomuna.Core.Newsletters;

/// <summary>Sends the scheduled newsletters whose time has come, each once. It looks at every tick of the background service.</summary>
public sealed class NewsletterJob(NewsletterDispatch dispatch, IOptions<OutboxOptions> options) : IScheduledJob
{
    public const string JobName = "newsletters";

    public string Name => JobName;

    public TimeSpan Interval => options.Value.JobTick;

    public async Task<JobResult> RunAsync(CancellationToken ct)
    {
        var (newsletters, messages) = await dispatch.SendDueAsync(ct);
        return new JobResult($"{newsletters} newsletters sent, {messages} messages queued.", newsletters, messages);
    }
}
