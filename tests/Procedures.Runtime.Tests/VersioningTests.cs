using NodaTime;
using Procedures.Calendar;
using Procedures.Runtime.Stimuli;
using Procedures.Runtime.Tests.Support;
using Procedures.Runtime.Versioning;
using Procedures.Workflows;
using Procedures.Workflows.Activities;
using Procedures.Workflows.Versioning;

namespace Procedures.Runtime.Tests;

public sealed class VersioningTests
{
    private static readonly LocalDateTime Monday = Harness.Monday;

    [Fact]
    public void Publishing_creates_a_version_only_when_the_content_changes_and_moves_the_latest_flag()
    {
        var store = new DefinitionStore();
        var v1 = store.Publish(Sample.Unemployment());
        Assert.True(v1.IsNewVersion);
        Assert.Equal(1, v1.Definition.Version.Sequence);
        Assert.True(v1.Definition.IsPublished && v1.Definition.IsLatest);

        var same = store.Publish(Sample.Unemployment());
        Assert.False(same.IsNewVersion);
        Assert.Same(v1.Definition, same.Definition);

        var v2 = store.Publish(Sample.Unemployment(appraisal: TimeLimit.WorkingDays(10)));
        Assert.True(v2.IsNewVersion);
        Assert.Equal(2, v2.Definition.Version.Sequence);
        Assert.NotEqual(v1.Definition.Version.ContentHash, v2.Definition.Version.ContentHash);
        Assert.False(store.Get("1.001978", 1)!.IsLatest);
        Assert.Equal(2, store.GetLatest("1.001978")!.Version.Sequence);
        Assert.Null(store.Get("1.001978", 3));
        Assert.Null(store.GetLatest("9.999999"));
    }

    [Fact]
    public void The_content_hash_depends_on_content_only()
    {
        Assert.Equal(Sample.Unemployment().Version.ContentHash, Sample.Unemployment().Version.ContentHash);
        Assert.Equal(16, Sample.Unemployment().Version.ContentHash.Length);
        Assert.Equal(Sample.Unemployment(appraisal: new TimeLimit(15.0m, TimeLimitUnit.WorkingDays)).Version.ContentHash,
            Sample.Unemployment(appraisal: TimeLimit.WorkingDays(15)).Version.ContentHash);
        Assert.NotEqual(Sample.Unemployment().Version.ContentHash, Sample.Unemployment(withConsultation: false).Version.ContentHash);
        var renamed = Sample.Unemployment();
        renamed = renamed with { Facts = renamed.Facts with { ExecutingAgency = renamed.Facts.ExecutingAgency with { Name = "Sở Nội vụ" } } };
        Assert.NotEqual(Sample.Unemployment().Version.ContentHash, renamed.ComputeContentHash());
    }

    [Fact]
    public void A_dossier_started_on_v1_continues_on_v1_after_v2_is_published()
    {
        var store = new DefinitionStore();
        var v1 = store.Publish(Sample.Unemployment()).Definition;
        var h = new Harness(v1);
        h.Start();
        h.At(Monday.PlusHours(2)).Officer("receive", Ports.Received);
        var v1Due = h.Instance.ActiveSteps.Single().DueAt;

        var v2 = store.Publish(Sample.Unemployment(appraisal: TimeLimit.WorkingDays(5))).Definition;
        var wrong = h.Runtime.Resume(v2, h.Instance, new OfficerDecision("appraise", "ok"));
        Assert.False(wrong.Accepted);
        Assert.Contains("runs on 1.001978 version 1", wrong.Reason);

        var pinned = store.Get(h.Instance.DefinitionId, h.Instance.DefinitionVersion)!;
        Assert.False(pinned.IsLatest);
        Assert.Equal(v1.Version, pinned.Version);
        Assert.Equal(h.Calendar.Add(Monday.PlusHours(2), TimeLimit.WorkingDays(15)), v1Due);
        var next = h.Runtime.Resume(pinned, h.Instance, new OfficerDecision("appraise", "ok"));
        Assert.True(next.Accepted, next.Reason);
        Assert.Equal(1, next.Instance!.DefinitionVersion);

        var newDossier = new Harness(v2);
        newDossier.Start();
        Assert.Equal(2, newDossier.Instance.DefinitionVersion);
    }

    [Fact]
    public void Migration_maps_by_stable_ids_and_reports_steps_that_no_longer_exist()
    {
        var store = new DefinitionStore();
        var v1 = store.Publish(Sample.Unemployment()).Definition;
        var withoutConsultation = store.Publish(Sample.Unemployment(withConsultation: false)).Definition;
        var h = new Harness(v1);
        h.Start();
        h.At(Monday.PlusHours(2)).Officer("receive", Ports.Received);
        h.Officer("appraise", "ok");
        Assert.Equal(["consult"], h.Waiting);

        var plan = MigrationPlanner.Plan(v1, withoutConsultation, h.Waiting);
        Assert.False(plan.CanMigrate);
        var unmapped = Assert.Single(plan.Unmapped);
        Assert.Equal("consult", unmapped.ActivityId);
        Assert.Contains("no longer exists in version 2", unmapped.Reason);

        var refused = InstanceMigrator.Migrate(h.Instance, v1, withoutConsultation, h.Clock);
        Assert.False(refused.Migrated);
        Assert.Same(h.Instance, refused.Instance);

        var v3 = store.Publish(Sample.Unemployment(appraisal: TimeLimit.WorkingDays(12))).Definition;
        var migrated = InstanceMigrator.Migrate(h.Instance, v1, v3, h.Clock);
        Assert.True(migrated.Migrated);
        Assert.Empty(migrated.Unmapped);
        Assert.Equal(3, migrated.Instance.DefinitionVersion);
        Assert.Equal(v3.Version.ContentHash, migrated.Instance.ContentHash);
        // A migration is a write the store must see: a new revision; the bookmarks keep their ids (and their timers).
        Assert.Equal(h.Instance.Revision + 1, migrated.Instance.Revision);
        Assert.Equal(h.Instance.Bookmarks.Select(b => b.Id), migrated.Instance.Bookmarks.Select(b => b.Id));
        Assert.Equal(h.Instance.Revision, refused.Instance.Revision);
        var resumed = h.Runtime.Resume(v3, migrated.Instance, new AgencyReply("consult", Sample.Bhxh));
        Assert.True(resumed.Accepted, resumed.Reason);
    }

    [Fact]
    public void Step_ids_become_stable_slugs()
    {
        Assert.Equal("tham-dinh-ho-so", ActivityIds.FromStepId("Thẩm định hồ sơ"));
        Assert.Equal("dang-ky-lan-2", ActivityIds.FromStepId("  Đăng ký (lần 2) "));
        Assert.Equal("step", ActivityIds.FromStepId("—"));
        // Half of a surrogate pair (a damaged file; a "one of" without an id takes its id from its title) separates.
        Assert.Equal("giay-to", ActivityIds.FromStepId("Giấy\uD800tờ"));
        Assert.Equal("giay-to", ActivityIds.FromStepId("Giấy \uDE00 tờ \uD83D"));
    }
}
