using System.Text;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Procedures.Persistence.Rows;

namespace Procedures.Persistence;

/// <summary>
/// The engine's tables. One short-lived context per unit of work: the stores create one from the options for every
/// call, so they are safe to share between threads.
/// </summary>
public sealed class EngineDb(DbContextOptions<EngineDb> options) : DbContext(options)
{
    public DbSet<DefinitionVersionRow> DefinitionVersions => Set<DefinitionVersionRow>();
    public DbSet<DossierRow> Dossiers => Set<DossierRow>();
    public DbSet<JournalRow> Journal => Set<JournalRow>();
    public DbSet<BookmarkRow> Bookmarks => Set<BookmarkRow>();
    public DbSet<TimerRow> Timers => Set<TimerRow>();
    public DbSet<WarningRow> Warnings => Set<WarningRow>();
    public DbSet<DossierNumberRow> DossierNumbers => Set<DossierNumberRow>();
    public DbSet<SubmissionRow> Submissions => Set<SubmissionRow>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Instant>().HaveConversion<InstantConverter>();
        configurationBuilder.Properties<LocalDateTime>().HaveConversion<LocalDateTimeConverter>();
        configurationBuilder.Properties<LocalDate>().HaveConversion<LocalDateConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DefinitionVersionRow>(e =>
        {
            e.ToTable("definition_versions");
            e.HasKey(r => new { r.DefinitionId, r.Sequence });
            e.HasIndex(r => new { r.DefinitionId, r.ContentHash }).IsUnique();
        });
        modelBuilder.Entity<DossierRow>(e =>
        {
            e.ToTable("dossiers");
            e.HasKey(r => r.DossierId);
            e.HasIndex(r => r.DossierNumber).IsUnique();
            e.HasIndex(r => new { r.DefinitionId, r.DefinitionVersion });
            e.HasIndex(r => new { r.ExecutingAgencyCode, r.Status });
            e.HasIndex(r => new { r.Finished, r.DueAt });
            e.HasIndex(r => r.WarnAt);
            e.HasIndex(r => r.Channel);
            e.HasIndex(r => r.ReceivedAt);
            // The statistics read the dossiers finished since a period began, and the register an agency's receipts.
            e.HasIndex(r => r.FinishedAt);
            e.HasIndex(r => new { r.ExecutingAgencyCode, r.ReceivedAt });
            e.Property(r => r.Revision).IsConcurrencyToken();
        });
        modelBuilder.Entity<JournalRow>(e =>
        {
            e.ToTable("journal");
            e.HasKey(r => new { r.DossierId, r.Sequence });
        });
        modelBuilder.Entity<BookmarkRow>(e =>
        {
            e.ToTable("bookmarks");
            e.HasKey(r => r.BookmarkId);
            e.HasIndex(r => r.DossierId);
            e.HasIndex(r => r.Unit);
            e.HasIndex(r => r.Agency);
        });
        modelBuilder.Entity<TimerRow>(e =>
        {
            e.ToTable("timers");
            e.HasKey(r => r.TimerId);
            e.HasIndex(r => r.DossierId);
            e.HasIndex(r => new { r.FiredAt, r.DueAt });
        });
        modelBuilder.Entity<WarningRow>(e =>
        {
            e.ToTable("warnings");
            e.HasKey(r => r.TimerId);
            e.HasOne<TimerRow>().WithOne().HasForeignKey<WarningRow>(r => r.TimerId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(r => r.DossierId);
            e.HasIndex(r => r.Unit);
            e.HasIndex(r => r.Agency);
        });
        modelBuilder.Entity<DossierNumberRow>(e =>
        {
            e.ToTable("dossier_numbers");
            e.HasKey(r => new { r.AgencyCode, r.Date });
        });
        modelBuilder.Entity<SubmissionRow>(e =>
        {
            e.ToTable("submissions");
            e.HasKey(r => r.DossierId);
            e.HasIndex(r => new { r.Portal, r.IdempotencyKey }).IsUnique();
        });

        foreach (var entity in modelBuilder.Model.GetEntityTypes())
            foreach (var property in entity.GetProperties())
                property.SetColumnName(SnakeCase(property.Name));
    }

    private static string SnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) text.Append('_');
            text.Append(char.ToLowerInvariant(name[i]));
        }
        return text.ToString();
    }
}
