namespace Ecomuna.Core.Email;

/// <summary>Texts of the emails the portal sends; the texts are in the .sv.resx and .en.resx files beside this marker.</summary>
public sealed class EmailResource;
