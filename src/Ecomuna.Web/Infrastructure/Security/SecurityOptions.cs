namespace Ecomuna.Web.Infrastructure.Security;

/// <summary>How long a login lasts (the "Security" configuration section).</summary>
public sealed class SecurityOptions : IValidatableObject
{
    public const string Section = "Security";

    /// <summary>A login ends after this long without a request (Security__IdleTimeout).</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A login ends this long after the password was typed, however active (Security__AbsoluteTimeout).</summary>
    public TimeSpan AbsoluteTimeout { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// How often a login cookie is checked against the account (Security__StampValidationInterval). Zero checks every
    /// request, so a cookie stops working the moment its owner logs out or changes password.
    /// </summary>
    public TimeSpan StampValidationInterval { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// Lets forms work over plain http (Security__AllowHttp), for development on http://localhost only: the
    /// antiforgery cookie then goes without the __Host- prefix and the Secure flag. Never set it in production.
    /// </summary>
    public bool AllowHttp { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IdleTimeout <= TimeSpan.Zero)
        {
            yield return new ValidationResult("Set Security__IdleTimeout to a positive time span, e.g. 00:30:00.", [nameof(IdleTimeout)]);
        }

        if (AbsoluteTimeout < IdleTimeout)
        {
            yield return new ValidationResult("Set Security__AbsoluteTimeout to at least Security__IdleTimeout, e.g. 12:00:00.", [nameof(AbsoluteTimeout)]);
        }

        if (StampValidationInterval < TimeSpan.Zero)
        {
            yield return new ValidationResult("Set Security__StampValidationInterval to zero or a positive time span, e.g. 00:00:00.", [nameof(StampValidationInterval)]);
        }
    }
}
