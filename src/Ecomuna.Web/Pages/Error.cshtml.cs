using System.Diagnostics;

namespace Ecomuna.Web.Pages;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel(IStringLocalizer<SharedResource> text) : PageModel
{
    public string Heading { get; private set; } = "";
    public string Explanation { get; private set; } = "";
    public string? RequestId { get; private set; }

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        var key = code switch
        {
            404 => "NotFound",
            403 => "Forbidden",
            400 => "BadRequest",
            429 => "TooManyRequests",
            _ => "ServerError",
        };
        Heading = text[$"Error.{key}.Heading"];
        Explanation = text[$"Error.{key}.Text"];
        if (key == "ServerError")
        {
            RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        }
    }
}
