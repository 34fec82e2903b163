using NodaTime;
using Procedures.Runtime.Effects;
using Procedures.Runtime.State;
using Procedures.Runtime.Stimuli;
using Procedures.Runtime.Tests.Support;
using Procedures.Workflows.Activities;

namespace Procedures.Runtime.Tests;

/// <summary>What a host persists and schedules: bookmarks created and removed, timers scheduled and cancelled.</summary>
public sealed class EffectsTests
{
    private static readonly LocalDateTime Monday = Harness.Monday;

    private static Instant Utc(int year, int month, int day, int hour, int minute) =>
        Instant.FromUtc(year, month, day, hour, minute);

    [Fact]
    public void A_start_creates_the_receipt_bookmark_with_its_warning_and_overdue_timers_in_UTC()
    {
        var h = new Harness(Sample.Unemployment());
        h.Start();

        var bookmark = Assert.Single(h.Instance.Bookmarks);
        Assert.Equal("HS-1/r1/receive/OfficerDecision", bookmark.Id);
        Assert.Equal(1, h.Instance.Revision);
        Assert.Equal(
            [
                new BookmarkCreated(bookmark),
                // Due 11:30 Vietnam time is 04:30 UTC; one working day before would be Friday, before the step
                // started, so the warning is at the start (07:00 Vietnam, 00:00 UTC).
                new TimerScheduled(bookmark.Id + "#warning", bookmark.Id, Utc(2025, 7, 14, 0, 0), TimerPurpose.Warning),
                new TimerScheduled(bookmark.Id + "#overdue", bookmark.Id, Utc(2025, 7, 14, 4, 30), TimerPurpose.Overdue),
            ],
            h.Result.Effects);
    }

    [Fact]
    public void A_resume_removes_the_old_bookmark_cancels_its_timers_and_schedules_the_appointment()
    {
        var h = new Harness(Sample.Unemployment());
        h.Start();
        var receipt = h.Instance.Bookmarks.Single();
        h.At(Monday.PlusHours(2)).Officer("receive", Ports.Received);

        var appraisal = h.Instance.Bookmarks.Single();
        Assert.Equal("HS-1/r2/appraise/OfficerDecision", appraisal.Id);
        // The appointment is Monday 2025-08-11 11:30; its warning is the previous working day, Friday 08-08.
        Assert.Equal(new LocalDateTime(2025, 8, 11, 11, 30), h.Instance.DueAt);
        var appointment = "HS-1/appointment/20250811T1130";
        Assert.Equal(
            [
                new BookmarkRemoved(receipt.Id),
                new BookmarkCreated(appraisal),
                new TimerCancelled(receipt.Id + "#warning"),
                new TimerCancelled(receipt.Id + "#overdue"),
                new TimerScheduled(appraisal.Id + "#warning", appraisal.Id, VietnamTime.ToInstant(appraisal.WarnAt!.Value), TimerPurpose.Warning),
                new TimerScheduled(appraisal.Id + "#overdue", appraisal.Id, VietnamTime.ToInstant(appraisal.DueAt!.Value), TimerPurpose.Overdue),
                new TimerScheduled(appointment + "#warning", null, Utc(2025, 8, 8, 4, 30), TimerPurpose.Warning),
                new TimerScheduled(appointment + "#overdue", null, Utc(2025, 8, 11, 4, 30), TimerPurpose.Overdue),
            ],
            h.Result.Effects);
    }

    [Fact]
    public void A_posting_schedules_its_period_end_and_the_complaint_window_has_no_timer_of_its_own()
    {
        var h = new Harness(Sample.SocialAllowance());
        h.Start();
        h.At(Monday.PlusHours(2)).Officer("receive", Ports.Received);
        h.Officer("review", Ports.Done);

        var step = h.Instance.ActiveSteps.Single();
        var timer = step.Bookmarks.Single(b => b.Kind == BookmarkKind.Timer);
        var complaint = step.Bookmarks.Single(b => b.Kind == BookmarkKind.Complaint);
        Assert.NotEqual(timer.Id, complaint.Id);
        var scheduled = h.Result.Effects.OfType<TimerScheduled>().ToList();
        Assert.Equal(
            [new TimerScheduled(timer.Id + "#period-ends", timer.Id, VietnamTime.ToInstant(step.DueAt!.Value), TimerPurpose.PeriodEnds)],
            scheduled);
        Assert.Contains(new BookmarkCreated(complaint), h.Result.Effects);

        // The scheduler fires the timer by bookmark id: the posting ends and its timer is gone.
        h.At(step.DueAt!.Value).Do(new BookmarkResumed(timer.Id));
        Assert.Contains(new BookmarkRemoved(timer.Id), h.Result.Effects);
        Assert.Contains(new BookmarkRemoved(complaint.Id), h.Result.Effects);
        Assert.Contains(new TimerCancelled(timer.Id + "#period-ends"), h.Result.Effects);
        Assert.Equal(["route"], h.Waiting);
    }

    [Fact]
    public void An_apology_cancels_the_appointment_timers_and_schedules_them_at_the_new_date()
    {
        var h = new Harness(Sample.Unemployment());
        h.Start();
        h.At(Monday.PlusHours(2)).Officer("receive", Ports.Received);
        var due = h.Instance.DueAt!.Value;
        var newDue = new LocalDateTime(2025, 8, 18, 16, 30);
        h.At(due.PlusDays(-3)).Do(new Apology(newDue, "chờ xác minh"));

        Assert.Equal(
            [
                new TimerCancelled("HS-1/appointment/20250811T1130#warning"),
                new TimerCancelled("HS-1/appointment/20250811T1130#overdue"),
                new TimerScheduled("HS-1/appointment/20250818T1630#warning", null, Utc(2025, 8, 15, 9, 30), TimerPurpose.Warning),
                new TimerScheduled("HS-1/appointment/20250818T1630#overdue", null, Utc(2025, 8, 18, 9, 30), TimerPurpose.Overdue),
            ],
            h.Result.Effects);
    }

    [Fact]
    public void A_finished_dossier_leaves_no_bookmark_and_no_timer_behind()
    {
        var h = new Harness(Sample.Unemployment(withConsultation: false));
        h.Start();
        var scheduled = new HashSet<string>();
        void Follow()
        {
            foreach (var e in h.Result.Effects)
            {
                if (e is TimerScheduled s) Assert.True(scheduled.Add(s.TimerId), s.TimerId);
                if (e is TimerCancelled c) Assert.True(scheduled.Remove(c.TimerId), c.TimerId);
            }
        }
        Follow();
        h.At(Monday.PlusHours(2)).Officer("receive", Ports.Received);
        Follow();
        h.At(Monday.PlusDays(1)).Officer("appraise", "ok");
        Follow();
        h.At(Monday.PlusDays(2)).Officer("decide", "approve");
        Follow();

        Assert.True(h.Instance.IsFinished);
        Assert.Empty(scheduled);
        Assert.DoesNotContain(h.Result.Effects, e => e is BookmarkCreated);
    }

    [Fact]
    public void The_revision_counts_accepted_runs_and_a_refusal_leaves_it_and_has_no_effects()
    {
        var h = new Harness(Sample.Unemployment());
        h.Start();
        Assert.Equal(1, h.Instance.Revision);
        h.At(Monday.PlusHours(2)).Officer("receive", Ports.Received);
        Assert.Equal(2, h.Instance.Revision);

        var refused = h.Runtime.Resume(h.Definition, h.Instance, new OfficerDecision("appraise", "nonsense"));
        Assert.False(refused.Accepted);
        Assert.Equal(2, refused.Instance!.Revision);
        Assert.Empty(refused.Effects);

        h.Officer("appraise", "ok");
        Assert.Equal(3, h.Instance.Revision);
    }

    [Fact]
    public void Identical_runs_give_identical_bookmark_ids_and_effects()
    {
        // Records compare their lists by reference, so two runs are compared through their printed form.
        IReadOnlyList<string> Run()
        {
            var h = new Harness(Sample.Unemployment());
            h.Start();
            var effects = new List<RunEffect>(h.Result.Effects);
            h.At(Monday.PlusHours(2)).Officer("receive", Ports.Received);
            effects.AddRange(h.Result.Effects);
            h.At(Monday.PlusDays(7)).Officer("appraise", "ok");
            effects.AddRange(h.Result.Effects);
            return effects.Select(e => e is BookmarkCreated c ? $"{c.Bookmark.Id} {c.Bookmark.DueAt} {string.Join(",", c.Bookmark.AllowedOutcomes)}" : e.ToString()).ToList();
        }

        Assert.Equal(Run(), Run());
    }

    [Fact]
    public void A_bookmark_is_resumed_by_its_id_like_the_stimulus_of_its_kind()
    {
        var h = new Harness(Sample.Unemployment());
        h.Start();
        var receipt = h.Instance.Bookmarks.Single();
        h.At(Monday.PlusHours(2)).Do(new BookmarkResumed(receipt.Id, Ports.Received));
        Assert.Equal(["appraise"], h.Waiting);
        h.At(Monday.PlusDays(7)).Officer("appraise", "ok");

        var replies = h.Instance.Bookmarks;
        Assert.Equal([Sample.Bhxh, Sample.Police], replies.Select(b => b.Agency));
        h.Do(new BookmarkResumed(replies[1].Id, Note: "không có tiền án"));
        Assert.Equal([replies[0]], h.Instance.Bookmarks);

        var refusal = h.Runtime.Resume(h.Definition, h.Instance, new BookmarkResumed(receipt.Id, Ports.Received)).Refusal!;
        Assert.Equal("PRC5033", refusal.Code);
    }

    [Fact]
    public void The_revision_and_bookmark_ids_survive_json_and_a_stored_bookmark_resumes_after_a_reload()
    {
        var h = new Harness(Sample.Unemployment());
        h.Start();
        h.At(Monday.PlusHours(2)).Officer("receive", Ports.Received);

        var back = InstanceJson.Deserialize(InstanceJson.Serialize(h.Instance), out var error)!;
        Assert.Null(error);
        Assert.Equal(2, back.Revision);
        Assert.Equal(h.Instance.Bookmarks.Select(b => b.Id), back.Bookmarks.Select(b => b.Id));

        // A host that restarts rebuilds its schedule from the stored instance: the same timers, by the same ids.
        Assert.Equal(EffectsOf.Timers(h.Instance, h.Calendar), EffectsOf.Timers(back, h.Calendar));
        var resumed = h.Runtime.Resume(h.Definition, back, new BookmarkResumed(back.Bookmarks.Single().Id, "ok"));
        Assert.True(resumed.Accepted, resumed.Reason);
        Assert.Equal(3, resumed.Instance!.Revision);
    }
}
