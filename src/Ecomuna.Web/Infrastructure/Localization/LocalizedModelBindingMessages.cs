namespace Ecomuna.Web.Infrastructure.Localization;

/// <summary>Puts the model binder's own error messages ("The value '' is invalid.") into the interface language.</summary>
internal sealed class LocalizedModelBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var localizer = factory.Create(typeof(SharedResource));
        var messages = options.ModelBindingMessageProvider;
        messages.SetValueIsInvalidAccessor(value => localizer["Validation.ValueInvalid", value]);
        messages.SetValueMustBeANumberAccessor(field => localizer["Validation.MustBeNumber", field]);
        messages.SetValueMustNotBeNullAccessor(field => localizer["Validation.Required", field]);
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => localizer["Validation.AttemptedValueInvalid", value, field]);
        messages.SetMissingBindRequiredValueAccessor(field => localizer["Validation.Required", field]);
        messages.SetMissingKeyOrValueAccessor(() => localizer["Validation.ValueRequired"]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => localizer["Validation.ValueRequired"]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => localizer["Validation.ValueInvalid", value]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => localizer["Validation.ValueRequired"]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => localizer["Validation.MustBeNumberNoField"]);
        messages.SetUnknownValueIsInvalidAccessor(field => localizer["Validation.ValueInvalidFor", field]);
    }
}
