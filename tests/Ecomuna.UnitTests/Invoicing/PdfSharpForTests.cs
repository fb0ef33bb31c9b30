using PdfSharp;

namespace Ecomuna.UnitTests.Invoicing;

/// <summary>
/// PDFsharp 6.5 works only once a licence is chosen. The tests run it under the AGPL-3.0, which asks
/// nothing of code that is only run here; the portal's own choice is made where it starts.
/// </summary>
internal static class PdfSharpForTests
{
    private static readonly Lock Gate = new();
    private static bool _licensed;

    public static void UseAgplLicence()
    {
        lock (Gate)
        {
            if (!_licensed)
            {
                PdfSharpLicense.SetAgplLicense();
                _licensed = true;
            }
        }
    }
}
