using Ecomuna.Core.KeyIndicators;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Ecomuna.Web.Pages.Indicators;

/// <summary>What a reporter typed for one indicator; the value stays text so that what was typed comes back on errors.</summary>
public sealed class ValueInput
{
    public int KeyIndicatorId { get; set; }
    public string? Value { get; set; }
    public string? Comment { get; set; }
    public string? Source { get; set; }

    public const int MaxComment = 1000;
    public const int MaxSource = 300;

    /// <summary>Checks the typed value, comment and source, adding plain-words errors under <paramref name="prefix"/>; null when invalid.</summary>
    public ValueEntry? Validate(string prefix, ModelStateDictionary modelState, IStringLocalizer text, bool valueRequired = false)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(text);
        var ok = true;
        double? number = null;
        if (string.IsNullOrWhiteSpace(Value))
        {
            if (valueRequired)
            {
                modelState.AddModelError(prefix + nameof(Value), text["Report.ValueRequired"]);
                ok = false;
            }
        }
        else if (IndicatorNumber.TryParse(Value, out var parsed))
        {
            number = parsed;
        }
        else
        {
            modelState.AddModelError(prefix + nameof(Value), text["Report.NotANumber", Value]);
            ok = false;
        }

        if (Comment?.Trim().Length > MaxComment)
        {
            modelState.AddModelError(prefix + nameof(Comment), text["Report.TooLong", MaxComment]);
            ok = false;
        }

        if (Source?.Trim().Length > MaxSource)
        {
            modelState.AddModelError(prefix + nameof(Source), text["Report.TooLong", MaxSource]);
            ok = false;
        }

        return ok ? new ValueEntry(KeyIndicatorId, number, Comment, Source) : null;
    }
}
