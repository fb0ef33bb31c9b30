using CsvHelper;

namespace Ecomuna.Web.Infrastructure.Lists;

/// <summary>
/// CSV downloads, written with CsvHelper as spreadsheets open them safely: UTF-8 with a byte order mark so Excel reads
/// å, ä and ö, comma separated, quoted where needed, and a field that starts like a formula (= + - @) escaped with an
/// apostrophe so it shows as text. It lives in Web because every export is a download of a page.
/// </summary>
public static class CsvExport
{
    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>A download of a header line and one line of text fields per record.</summary>
    public static FileContentResult File(string fileName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> records) =>
        File(fileName, header, records, (csv, record) => csv.WriteRecord([.. record]));

    /// <summary>
    /// A download of a header line and one line per row, whose fields <paramref name="writeRow"/> writes: numbers and dates
    /// written as values, not text, are not taken for formulas, so a negative amount stays a number.
    /// </summary>
    public static FileContentResult File<TRow>(string fileName, IReadOnlyList<string> header, IEnumerable<TRow> rows, Action<CsvWriter, TRow> writeRow) =>
        new(Write(header, rows, writeRow), ContentType) { FileDownloadName = fileName };

    public static byte[] Write<TRow>(IReadOnlyList<string> header, IEnumerable<TRow> rows, Action<CsvWriter, TRow> writeRow)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(writeRow);
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, new CsvWriterOptions { WriteByteOrderMark = true, Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            csv.WriteHeader([.. header]);
            foreach (var row in rows)
            {
                writeRow(csv, row);
                if (csv.FieldCount > 0)
                {
                    csv.EndRecord();
                }
            }
        }

        return buffer.ToArray();
    }
}
