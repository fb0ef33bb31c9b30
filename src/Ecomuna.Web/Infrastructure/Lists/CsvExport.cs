using CsvHelper;
using Microsoft.AspNetCore.Mvc;

namespace Ecomuna.Web.Infrastructure.Lists;

/// <summary>
/// CSV downloads, written with CsvHelper as spreadsheets open them safely: UTF-8 with a byte order mark so Excel reads
/// å, ä and ö, comma separated, quoted where needed, and a field that starts like a formula (= + - @) escaped with an
/// apostrophe so it shows as text. It lives in Web because every export is a download of a page.
/// </summary>
public static class CsvExport
{
    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>A download of a header line and one line per record.</summary>
    public static FileContentResult File(string fileName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> records) =>
        new(Write(header, records), ContentType) { FileDownloadName = fileName };

    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> records)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, new CsvWriterOptions { WriteByteOrderMark = true, Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            csv.WriteHeader([.. header]);
            foreach (var record in records)
            {
                csv.WriteRecord([.. record]);
            }
        }

        return buffer.ToArray();
    }
}
