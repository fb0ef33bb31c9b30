using Ecomuna.Core.Audit;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Ecomuna.Web.Infrastructure;

/// <summary>
/// Records every file an admin page hands out (CSV lists, the accounting file, invoice PDFs) in the audit log, in one
/// place, so that an export added later is recorded too.
/// </summary>
internal sealed class AdminDownloadAudit : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var executed = await next();
        var request = context.HttpContext.Request;
        if (executed.Exception is null && executed.Result is FileResult file
            && request.Path.StartsWithSegments("/Admin", StringComparison.OrdinalIgnoreCase))
        {
            // Admin pages take only filters in their query strings, never a token, so the address shows what was exported.
            var name = string.IsNullOrEmpty(file.FileDownloadName) ? file.ContentType : file.FileDownloadName;
            await context.HttpContext.RequestServices.GetRequiredService<AuditLog>().SaveAsync(
                AuditKind.Exported, $"Downloaded {name} from {request.Path}{request.QueryString}", new AuditTarget("File", name),
                ct: context.HttpContext.RequestAborted);
        }
    }
}
