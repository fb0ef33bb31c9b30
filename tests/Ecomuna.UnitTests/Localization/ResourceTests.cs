using System.Xml.Linq;

namespace Ecomuna.UnitTests.Localization;

public sealed class ResourceTests
{
    [Fact]
    public void Resources_EverySwedishKey_HasAnEnglishTextAndViceVersa()
    {
        var folder = Path.Combine(RepositoryRoot(), "src", "Ecomuna.Web", "Resources");
        var swedish = Directory.GetFiles(folder, "*.sv.resx").Select(f => Path.GetFileName(f)[..^".sv.resx".Length]).ToHashSet();
        var english = Directory.GetFiles(folder, "*.en.resx").Select(f => Path.GetFileName(f)[..^".en.resx".Length]).ToHashSet();
        Assert.NotEmpty(swedish);
        Assert.True(swedish.SetEquals(english),
            $"Resource files without their other language: {string.Join(", ", swedish.Union(english).Except(swedish.Intersect(english)))}");

        var problems = new List<string>();
        foreach (var name in swedish.Order(StringComparer.Ordinal))
        {
            var sv = Read(Path.Combine(folder, name + ".sv.resx"));
            var en = Read(Path.Combine(folder, name + ".en.resx"));
            problems.AddRange(sv.Keys.Except(en.Keys).Order(StringComparer.Ordinal).Select(key => $"{name}: '{key}' has no English text"));
            problems.AddRange(en.Keys.Except(sv.Keys).Order(StringComparer.Ordinal).Select(key => $"{name}: '{key}' has no Swedish text"));
            problems.AddRange(sv.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => $"{name}.sv: '{e.Key}' is empty"));
            problems.AddRange(en.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => $"{name}.en: '{e.Key}' is empty"));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static Dictionary<string, string> Read(string path)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var data in XDocument.Load(path).Root!.Elements("data"))
        {
            var key = data.Attribute("name")!.Value;
            Assert.True(entries.TryAdd(key, data.Element("value")?.Value ?? ""), $"{Path.GetFileName(path)}: '{key}' is there twice.");
        }

        return entries;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Ecomuna.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Ecomuna.sln above {AppContext.BaseDirectory}.");
    }
}
