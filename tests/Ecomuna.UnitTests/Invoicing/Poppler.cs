using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace Ecomuna.UnitTests.Invoicing;

/// <summary>One font of a PDF as pdffonts lists it.</summary>
internal sealed record PdfFont(string Name, string Type, bool Embedded, bool Subset, bool Unicode);

/// <summary>One word as pdftotext found it, in points from the page's top left corner.</summary>
internal sealed record PdfWord(int Page, string Text, double Left, double Top, double Right, double Bottom);

/// <summary>
/// Reads PDFs back with Debian's poppler-utils (pdftotext, pdffonts), the way a person's viewer or a
/// bookkeeping system that scans invoices would.
/// </summary>
internal static class Poppler
{
    private const string InstallHint = "Install Debian's poppler-utils: apt-get install -y poppler-utils";

    /// <summary>
    /// The text, one printed line per line: words on the same baseline, left to right, joined by one space;
    /// a page break is a line "--- page N ---". Unlike pdftotext's own layout modes this does not depend
    /// on how it guesses columns and spacing.
    /// </summary>
    public static string ExtractText(byte[] pdf)
    {
        var text = new StringBuilder();
        foreach (var page in Words(pdf).GroupBy(word => word.Page).OrderBy(group => group.Key))
        {
            if (page.Key > 1)
            {
                text.Append(CultureInfo.InvariantCulture, $"--- page {page.Key} ---\n");
            }

            foreach (var line in Lines(page))
            {
                text.AppendJoin(' ', line.Select(word => word.Text)).Append('\n');
            }
        }

        return text.ToString();
    }

    public static IReadOnlyList<PdfWord> Words(byte[] pdf)
    {
        var xhtml = Run("pdftotext", pdf, "-bbox", "-enc", "UTF-8");
        XNamespace ns = "http://www.w3.org/1999/xhtml";
        var words = new List<PdfWord>();
        var pageNumber = 0;
        foreach (var page in XDocument.Parse(xhtml).Descendants(ns + "page"))
        {
            pageNumber++;
            words.AddRange(page.Elements(ns + "word").Select(word => new PdfWord(
                pageNumber,
                word.Value,
                Coordinate(word, "xMin"),
                Coordinate(word, "yMin"),
                Coordinate(word, "xMax"),
                Coordinate(word, "yMax"))));
        }

        return words;
    }

    /// <summary>The fonts pdffonts lists, read by the columns its dashed rule marks out (a name may contain spaces).</summary>
    public static IReadOnlyList<PdfFont> Fonts(byte[] pdf)
    {
        var lines = Run("pdffonts", pdf).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var rule = lines[1];
        var starts = new List<int> { 0 };
        for (var i = 1; i < rule.Length; i++)
        {
            if (rule[i - 1] == ' ' && rule[i] == '-')
            {
                starts.Add(i);
            }
        }

        string Cell(string line, int column)
        {
            var start = Math.Min(starts[column], line.Length);
            var end = column + 1 < starts.Count ? Math.Min(starts[column + 1], line.Length) : line.Length;
            return line[start..end].Trim();
        }

        return [.. lines.Skip(2).Select(line => new PdfFont(
            Name: Cell(line, 0),
            Type: Cell(line, 1),
            Embedded: Cell(line, 3) == "yes",
            Subset: Cell(line, 4) == "yes",
            Unicode: Cell(line, 5) == "yes"))];
    }

    private static IEnumerable<List<PdfWord>> Lines(IEnumerable<PdfWord> words)
    {
        // Words of one line share a baseline; fonts of one size put their bottoms within a point of it.
        var lines = new List<List<PdfWord>>();
        foreach (var word in words.OrderBy(word => word.Bottom).ThenBy(word => word.Left))
        {
            if (lines.Count > 0 && Math.Abs(lines[^1][0].Bottom - word.Bottom) < 1.5)
            {
                lines[^1].Add(word);
            }
            else
            {
                lines.Add([word]);
            }
        }

        return lines.Select(line => line.OrderBy(word => word.Left).ToList());
    }

    private static double Coordinate(XElement word, string name) =>
        double.Parse((string?)word.Attribute(name) ?? throw new InvalidOperationException($"pdftotext gave a word without {name}."), CultureInfo.InvariantCulture);

    private static string Run(string tool, byte[] pdf, params string[] options)
    {
        var file = Path.Combine(Path.GetTempPath(), $"ecomuna-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var start = new ProcessStartInfo(tool)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
                UseShellExecute = false,
            };
            foreach (var option in options)
            {
                start.ArgumentList.Add(option);
            }

            start.ArgumentList.Add(file);
            if (tool == "pdftotext")
            {
                start.ArgumentList.Add("-");
            }

            Process process;
            try
            {
                process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start. {InstallHint}");
            }
            catch (Win32Exception exception)
            {
                throw new InvalidOperationException($"{tool} was not found: the PDF tests read PDFs back with it. {InstallHint}", exception);
            }

            using (process)
            {
                var errors = process.StandardError.ReadToEndAsync();
                var output = process.StandardOutput.ReadToEnd();
                process.WaitForExit();
                if (process.ExitCode != 0)
                {
                    throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {errors.Result}");
                }

                return output;
            }
        }
        finally
        {
            File.Delete(file);
        }
    }
}
