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

    /// <summary>
    /// The first attached part whose content type starts with <paramref name="contentType"/>: its header lines and its
    /// decoded bytes, or null when there is none.
    /// </summary>
    public (string Headers, byte[] Content)? Attachment(string contentType)
    {
        var start = Raw.IndexOf("Content-Type: " + contentType, StringComparison.OrdinalIgnoreCase);
        if (start < 0)
        {
            return null;
        }

        var blank = PartBodyRegex().Match(Raw, start);
        var headers = Raw[start..blank.Index];
        var body = blank.Groups[1].Value;
        var bytes = headers.Contains("Content-Transfer-Encoding: base64", StringComparison.OrdinalIgnoreCase)
            ? Convert.FromBase64String(string.Concat(body.Split('\n', '\r')))
            : QuotedPrintableBytes(body);
        return (headers, bytes);
    }

    /// <summary>The first absolute link in the text part.</summary>
    public string FirstLink() => LinkRegex().Match(Text).Value;

    // A long header is folded onto continuation lines that start with whitespace.
    private static Regex HeaderRegex(string name) => new($@"^{name}: (.*(?:\r?\n[ \t].*)*)", RegexOptions.Multiline);

    /// <summary>
    /// Decodes RFC 2047 encoded words. Adjacent words are joined before decoding, because a mailer may split
    /// a long subject between the bytes of one character.
    /// </summary>
    private static string DecodeHeader(string value)
    {
        value = EncodedWordGapRegex().Replace(value.ReplaceLineEndings(""), "");
        var decoded = new StringBuilder();
        var pending = new List<byte>();
        var position = 0;
        foreach (Match word in EncodedWordRegex().Matches(value))
        {
            if (word.Index > position)
            {
                decoded.Append(Encoding.UTF8.GetString([.. pending])).Append(value, position, word.Index - position);
                pending.Clear();
            }

            pending.AddRange(word.Groups[2].Value.Equals("B", StringComparison.OrdinalIgnoreCase)
                ? Convert.FromBase64String(word.Groups[3].Value)
                : QuotedPrintableBytes(word.Groups[3].Value.Replace('_', ' ')));
            position = word.Index + word.Length;
        }

        return decoded.Append(Encoding.UTF8.GetString([.. pending])).Append(value, position, value.Length - position).ToString();
    }

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

    private static string DecodeQuotedPrintable(string value) => Encoding.UTF8.GetString(QuotedPrintableBytes(value));

    private static byte[] QuotedPrintableBytes(string value)
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

        return [.. bytes];
    }

    [GeneratedRegex(@"(?<=\?=)[ \t]+(?==\?)")]
    private static partial Regex EncodedWordGapRegex();

    [GeneratedRegex(@"=\?(utf-8)\?([BQ])\?(.*?)\?=", RegexOptions.IgnoreCase)]
    private static partial Regex EncodedWordRegex();

    [GeneratedRegex(@"Content-Type: " + MediaTypeNames.Text.Plain + @".*?\r?\nContent-Transfer-Encoding: (.*?)\r?\n\r?\n(.*?)(\r?\n--)", RegexOptions.Singleline)]
    private static partial Regex TextPartRegex();

    [GeneratedRegex(@"\r?\n\r?\n(.*?)\r?\n--", RegexOptions.Singleline)]
    private static partial Regex PartBodyRegex();

    [GeneratedRegex(@"https?://[^\s""<>]+")]
    private static partial Regex LinkRegex();
}
