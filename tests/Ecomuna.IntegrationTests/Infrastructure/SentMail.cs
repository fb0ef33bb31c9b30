using System.Net.Mime;
using System.Text;
using System.Text.RegularExpressions;

namespace Ecomuna.IntegrationTests.Infrastructure;

/// <summary>An email as written to the pickup folder: its recipient, subject and decoded text part.</summary>
public sealed partial record SentMail(string To, string Subject, string Text, string Raw)
{
    public static SentMail Parse(string raw)
    {
        var to = HeaderRegex("To").Match(raw).Groups[1].Value.Trim();
        var subject = DecodeHeader(HeaderRegex("Subject").Match(raw).Groups[1].Value.Trim());
        return new SentMail(to, subject, DecodeTextPart(raw), raw);
    }

    /// <summary>The first absolute link in the text part.</summary>
    public string FirstLink() => LinkRegex().Match(Text).Value;

    private static Regex HeaderRegex(string name) => new($"^{name}: (.*)$", RegexOptions.Multiline);

    private static string DecodeHeader(string value) =>
        EncodedWordRegex().Replace(value, m => m.Groups[2].Value.Equals("B", StringComparison.OrdinalIgnoreCase)
            ? Encoding.UTF8.GetString(Convert.FromBase64String(m.Groups[3].Value))
            : DecodeQuotedPrintable(m.Groups[3].Value.Replace('_', ' ')));

    private static string DecodeTextPart(string raw)
    {
        var match = TextPartRegex().Match(raw);
        if (!match.Success)
        {
            return raw;
        }

        var encoding = match.Groups[1].Value.Trim().ToLowerInvariant();
        var body = match.Groups[2].Value;
        return encoding switch
        {
            "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Split('\n', '\r')))),
            "quoted-printable" => DecodeQuotedPrintable(body),
            _ => body,
        };
    }

    private static string DecodeQuotedPrintable(string value)
    {
        value = value.Replace("=\r\n", "", StringComparison.Ordinal).Replace("=\n", "", StringComparison.Ordinal);
        var bytes = new List<byte>();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '=' && i + 2 < value.Length && Uri.IsHexDigit(value[i + 1]) && Uri.IsHexDigit(value[i + 2]))
            {
                bytes.Add(Convert.ToByte(value.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(value[i].ToString()));
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }

    [GeneratedRegex(@"=\?(utf-8)\?([BQ])\?(.*?)\?=", RegexOptions.IgnoreCase)]
    private static partial Regex EncodedWordRegex();

    [GeneratedRegex(@"Content-Type: " + MediaTypeNames.Text.Plain + @".*?\r?\nContent-Transfer-Encoding: (.*?)\r?\n\r?\n(.*?)(\r?\n--)", RegexOptions.Singleline)]
    private static partial Regex TextPartRegex();

    [GeneratedRegex(@"https?://[^\s""<>]+")]
    private static partial Regex LinkRegex();
}
