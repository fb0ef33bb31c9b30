using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ecomuna.Core.Members;

/// <summary>The person a change is recorded as made by.</summary>
public interface IChangeAuthor
{
    string Name { get; }
}

/// <summary>Changes made outside a request: commands, imports run by the system, demo data.</summary>
public sealed class SystemChangeAuthor : IChangeAuthor
{
    public string Name => "system";
}

/// <summary>
/// Writes a <see cref="ChangeLogEntry"/> for every added, changed or removed value of a member, its population
/// figures and its contact persons, in the same SaveChanges as the change itself, so history cannot be skipped.
/// </summary>
public sealed class ChangeHistoryInterceptor(IChangeAuthor author, TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Record(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Record(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private void Record(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var log = new List<ChangeLogEntry>();
        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            switch (entry.Entity)
            {
                case Member member when entry.State is EntityState.Added:
                    log.Add(New(entry, now, e => e.Member = member, name: member.Name));
                    break;
                case Member member when entry.State is EntityState.Modified:
                    log.AddRange(Modifications(entry, now, e => e.MemberId = member.Id));
                    break;
                case ContactPerson contact when entry.State is EntityState.Added:
                    log.Add(New(entry, now, e => Attach(e, contact), name: contact.FullName));
                    break;
                case ContactPerson contact when entry.State is EntityState.Modified:
                    log.AddRange(Modifications(entry, now, e => Attach(e, contact)));
                    break;
                case ContactPerson contact when entry.State is EntityState.Deleted:
                    log.Add(new ChangeLogEntry
                    {
                        MemberId = contact.MemberId, EntityType = nameof(ContactPerson), Change = "Deleted",
                        OldValue = contact.FullName, ChangedBy = author.Name, ChangedAt = now,
                    });
                    break;
                case PopulationFigure figure when entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                    && context.Entry(figure).Property(f => f.MemberId).IsTemporary is false:
                    log.Add(new ChangeLogEntry
                    {
                        MemberId = figure.MemberId, EntityType = nameof(PopulationFigure), Change = entry.State.ToString(),
                        Property = figure.Year.ToString(CultureInfo.InvariantCulture),
                        OldValue = entry.State == EntityState.Added ? null : Format(entry.Property(nameof(PopulationFigure.Population)).OriginalValue),
                        NewValue = entry.State == EntityState.Deleted ? null : Format(figure.Population),
                        ChangedBy = author.Name, ChangedAt = now,
                    });
                    break;
            }
        }

        context.Set<ChangeLogEntry>().AddRange(log);
    }

    private static void Attach(ChangeLogEntry entry, ContactPerson contact)
    {
        entry.MemberId = contact.MemberId;
        entry.Member = contact.Member;
        entry.ContactPerson = contact;
    }

    private ChangeLogEntry New(EntityEntry entry, DateTimeOffset now, Action<ChangeLogEntry> owner, string name)
    {
        var logEntry = new ChangeLogEntry
        {
            EntityType = entry.Metadata.ClrType.Name, Change = "Added", NewValue = name, ChangedBy = author.Name, ChangedAt = now,
        };
        owner(logEntry);
        return logEntry;
    }

    private IEnumerable<ChangeLogEntry> Modifications(EntityEntry entry, DateTimeOffset now, Action<ChangeLogEntry> owner)
    {
        foreach (var property in entry.Properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)))
        {
            var logEntry = new ChangeLogEntry
            {
                EntityType = entry.Metadata.ClrType.Name, Change = "Modified", Property = property.Metadata.Name,
                OldValue = Format(property.OriginalValue), NewValue = Format(property.CurrentValue),
                ChangedBy = author.Name, ChangedAt = now,
            };
            owner(logEntry);
            yield return logEntry;
        }
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
