using System.ComponentModel.DataAnnotations;
using Ecomuna.Core.Email;

namespace Ecomuna.UnitTests.Email;

public sealed class EmailOptionsTests
{
    [Fact]
    public void Validate_Defaults_AreValid()
    {
        Assert.Empty(Validate(new EmailOptions()));
    }

    [Fact]
    public void Validate_SmtpWithoutHost_NamesTheSettingToSet()
    {
        var errors = Validate(new EmailOptions { Delivery = EmailDelivery.Smtp });

        var error = Assert.Single(errors);
        Assert.Contains("Email:SmtpHost", error.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("Email__SmtpHost", error.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal([nameof(EmailOptions.SmtpHost)], error.MemberNames);
    }

    [Fact]
    public void Validate_SmtpWithHost_IsValid()
    {
        Assert.Empty(Validate(new EmailOptions { Delivery = EmailDelivery.Smtp, SmtpHost = "smtp.example.org" }));
    }

    [Fact]
    public void Validate_PortOutOfRange_NamesTheSetting()
    {
        var error = Assert.Single(Validate(new EmailOptions { SmtpPort = 70000 }));

        Assert.Contains("Email:SmtpPort", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_FromAddressNotAnAddress_NamesTheSetting()
    {
        var error = Assert.Single(Validate(new EmailOptions { FromAddress = "kansliet" }));

        Assert.Contains("Email:FromAddress", error.ErrorMessage, StringComparison.Ordinal);
    }

    private static List<ValidationResult> Validate(EmailOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
