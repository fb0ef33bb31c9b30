using Ecomuna.Core.Members;

namespace Ecomuna.Core.Examples;

/// <summary>Where a good example is on its way from the author to the public.</summary>
public enum ExampleStatus
{
    Draft = 1,
    Submitted = 2,
    Returned = 3,
    Published = 4,
    Unpublished = 5,
}

/// <summary>
/// A member's short case story of sustainability work: what was done, the results, who to ask. Its contact person
/// writes it and submits it; the secretariat publishes it or returns it with a comment, and may unpublish it later.
/// Every change of status is kept in <see cref="History"/>.
/// </summary>
public sealed class GoodExample
{
    public const int MaxImages = 4;
    public const int MaxLinks = 5;

    public int Id { get; set; }
    public int MemberId { get; set; }
    public Member? Member { get; set; }

    public string Title { get; set; } = "";

    /// <summary>One or two sentences, shown in lists and feeds.</summary>
    public string Summary { get; set; } = "";

    /// <summary>Markdown, rendered with raw HTML disabled.</summary>
    public string Body { get; set; } = "";

    /// <summary>The year the work was done or finished.</summary>
    public int Year { get; set; }

    public string ContactName { get; set; } = "";
    public string ContactEmail { get; set; } = "";

    public ExampleStatus Status { get; set; } = ExampleStatus.Draft;

    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public DateTime? SubmittedAtUtc { get; set; }

    /// <summary>When the example was first published; publishing it again later keeps this date.</summary>
    public DateTime? PublishedAtUtc { get; set; }

    public List<ExampleThemeLink> Themes { get; } = [];
    public List<ExampleGoal> Goals { get; } = [];
    public List<ExampleLink> Links { get; } = [];
    public List<ExampleImage> Images { get; } = [];
    public List<ExampleStatusChange> History { get; } = [];

    /// <summary>The author may change the example while the secretariat is not looking at it and it is not public.</summary>
    public bool IsEditableByAuthor => Status is ExampleStatus.Draft or ExampleStatus.Returned or ExampleStatus.Unpublished;

    /// <summary>Only something that never reached the public may be deleted, so that links to it never break without a trace.</summary>
    public bool IsDeletableByAuthor => Status is ExampleStatus.Draft or ExampleStatus.Returned && PublishedAtUtc is null;

    public bool Submit(DateTime nowUtc, string? userId, string byName)
    {
        if (!IsEditableByAuthor)
        {
            return false;
        }

        SubmittedAtUtc = nowUtc;
        Change(ExampleStatus.Submitted, nowUtc, userId, byName, null);
        return true;
    }

    public bool Publish(DateTime nowUtc, string? userId, string byName, string? comment = null)
    {
        if (Status is not (ExampleStatus.Submitted or ExampleStatus.Unpublished))
        {
            return false;
        }

        PublishedAtUtc ??= nowUtc;
        Change(ExampleStatus.Published, nowUtc, userId, byName, comment);
        return true;
    }

    /// <summary>Sends a submitted example back to its author with what to change.</summary>
    public bool Return(DateTime nowUtc, string? userId, string byName, string comment)
    {
        if (Status != ExampleStatus.Submitted || string.IsNullOrWhiteSpace(comment))
        {
            return false;
        }

        Change(ExampleStatus.Returned, nowUtc, userId, byName, comment);
        return true;
    }

    public bool Unpublish(DateTime nowUtc, string? userId, string byName, string? comment)
    {
        if (Status != ExampleStatus.Published)
        {
            return false;
        }

        Change(ExampleStatus.Unpublished, nowUtc, userId, byName, comment);
        return true;
    }

    /// <summary>Records that the example was created, as the first line of its history.</summary>
    public void Created(DateTime nowUtc, string? userId, string byName)
    {
        CreatedAtUtc = UpdatedAtUtc = nowUtc;
        History.Add(new ExampleStatusChange { From = null, To = Status, AtUtc = nowUtc, ByUserId = userId, ByName = byName });
    }

    /// <summary>The goals as numbers 1–17, in order.</summary>
    public IReadOnlyList<int> GoalNumbers => [.. Goals.Select(g => g.Goal).Order()];

    public void SetGoals(IEnumerable<int> goals)
    {
        var wanted = goals.Where(SustainableDevelopmentGoals.IsGoal).Distinct().ToHashSet();
        Goals.RemoveAll(g => !wanted.Contains(g.Goal));
        foreach (var goal in wanted.Where(w => Goals.All(g => g.Goal != w)).Order())
        {
            Goals.Add(new ExampleGoal { Goal = goal });
        }
    }

    public void SetThemes(IEnumerable<int> themeIds)
    {
        var wanted = themeIds.Distinct().ToHashSet();
        Themes.RemoveAll(t => !wanted.Contains(t.ThemeId));
        foreach (var id in wanted.Where(w => Themes.All(t => t.ThemeId != w)).Order())
        {
            Themes.Add(new ExampleThemeLink { ThemeId = id });
        }
    }

    private void Change(ExampleStatus to, DateTime nowUtc, string? userId, string byName, string? comment)
    {
        History.Add(new ExampleStatusChange
        {
            From = Status, To = to, AtUtc = nowUtc, ByUserId = userId, ByName = byName,
            Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
        });
        Status = to;
        UpdatedAtUtc = nowUtc;
    }
}

/// <summary>A theme an example is about.</summary>
public sealed class ExampleThemeLink
{
    public int ExampleId { get; set; }
    public int ThemeId { get; set; }
    public ExampleTheme? Theme { get; set; }
}

/// <summary>One of the UN Sustainable Development Goals an example serves.</summary>
public sealed class ExampleGoal
{
    public int ExampleId { get; set; }

    /// <summary>1–17.</summary>
    public int Goal { get; set; }
}

/// <summary>A link to read more, with the text to show for it.</summary>
public sealed class ExampleLink
{
    public int Id { get; set; }
    public int ExampleId { get; set; }
    public int Position { get; set; }
    public string Url { get; set; } = "";
    public string Text { get; set; } = "";
}

/// <summary>One step in an example's history: who moved it from which status to which, when and why.</summary>
public sealed class ExampleStatusChange
{
    public int Id { get; set; }
    public int ExampleId { get; set; }

    /// <summary>Null for the creation of the example.</summary>
    public ExampleStatus? From { get; set; }

    public ExampleStatus To { get; set; }
    public DateTime AtUtc { get; set; }
    public string? ByUserId { get; set; }

    /// <summary>The name at the time, kept even if the account is removed.</summary>
    public string ByName { get; set; } = "";

    public string? Comment { get; set; }
}
