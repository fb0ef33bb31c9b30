namespace Ecomuna.Core.Accounts;

/// <summary>Texts of the account pages (sign-in, passwords, two-factor authentication); the texts are in the .sv.resx and .en.resx files beside this marker.</summary>
public sealed class AccountResource;
