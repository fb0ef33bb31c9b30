using Ecomuna.Core.Invoicing;

namespace Ecomuna.Web.Pages.Admin.Payments;

/// <summary>
/// Imports Bankgirot's BgMax file of incoming payments in one step: a file with any error is listed line by line and
/// changes nothing; a valid file is imported at once and the page shows what became of each payment.
/// </summary>
// The page checks the size itself and says so in plain words; this only stops absurd uploads before they are read.
[RequestSizeLimit(2 * PaymentImport.MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = 2 * PaymentImport.MaxBytes)]
public sealed class ImportModel(PaymentImport import, IStringLocalizer<PaymentsResource> text) : PageModel
{
    [BindProperty]
    [Display(Name = "Field.Payment.BgMaxFile")]
    public IFormFile? Upload { get; set; }

    public string? FileName { get; private set; }

    /// <summary>Every error in the uploaded file; when there are any, nothing was imported.</summary>
    public IReadOnlyList<BgMaxError> Errors { get; private set; } = [];

    public PaymentImportResult? Result { get; private set; }

    public static int MaxMegabytes => PaymentImport.MaxBytes / 1024 / 1024;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), text["Import.ChooseFile"]);
            return Page();
        }

        if (Upload.Length > PaymentImport.MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), text["Import.TooLarge", MaxMegabytes]);
            return Page();
        }

        byte[] content;
        await using (var stream = Upload.OpenReadStream())
        {
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, ct);
            content = buffer.ToArray();
        }

        FileName = Path.GetFileName(Upload.FileName);
        var parsed = BgMaxFile.Parse(new MemoryStream(content));
        if (!parsed.Succeeded)
        {
            Errors = parsed.Errors;
            return Page();
        }

        Result = await import.ImportAsync(parsed.File, PaymentImport.HashOf(content), FileName, User.Identity?.Name ?? "", ct);
        return Page();
    }

    /// <summary>"Line 4: the amount … is not an amount", with a mismatch's stated and counted values in words and kronor.</summary>
    public string Describe(BgMaxError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var detail = error.Detail ?? "";
        var parts = detail.Split('/');
        var (stated, counted) = parts.Length == 2 ? (parts[0], parts[1]) : ("", "");
        if (error.Kind == BgMaxErrorKind.DepositAmountMismatch)
        {
            stated = AsKronor(stated);
            counted = AsKronor(counted);
        }

        return text["Import.OnLine", error.LineNumber, text[$"BgMaxError.{error.Kind}", detail, stated, counted]];
    }

    /// <summary>A moment in the association's time zone, as the interface language writes it.</summary>
    public string LocalTime(DateTimeOffset at) => SwedishTime.ToSwedish(at.UtcDateTime).ToString("g", CultureInfo.CurrentCulture);

    private static string AsKronor(string amount) =>
        decimal.TryParse(amount, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var kronor) ? Money.Format(kronor, 2) : amount;
}
