using CenterSim.Model.Scenario;
using CenterSim.Policies.Placement;
using CenterSim.Simulation.Jobs;
using CenterSim.Simulation.Scheduling;

namespace CenterSim.Tests.Simulation;

public class ServerJobsSpec
{
    private static readonly TenantInfo Tenant = new(0, "t", TenantCategory.Research);

    private static JobState Running(long id, params ChipGrant[] grants) =>
        new(new Job(Tenant, grants.Sum(g => g.Chips), 1, 0) { Id = id }, 3600) { Grants = grants };

    [Fact]
    public void Each_server_lists_the_jobs_on_it_and_every_change_marks_it_once()
    {
        // A pool whose servers are 10.. of the center: job 1 on pool servers 0 and 1, job 2 on server 1.
        var index = new ServerJobs(16, trackChanges: true);
        var a = Running(1, new ChipGrant(0, 8), new ChipGrant(1, 4));
        var b = Running(2, new ChipGrant(1, 4));
        index.Add(a, 10);
        index.Add(b, 10);
        Assert.Equal(new[] { a }, index.On(10));
        Assert.Equal(new[] { a, b }, index.On(11));
        Assert.Empty(index.On(12));
        Assert.Equal(new[] { 10, 11 }, index.DirtyServers);
        Assert.Equal(new[] { a, b }, index.Started);
        index.Forget();
        Assert.Empty(index.DirtyServers);
        Assert.Empty(index.Started);
        // Stopping job 1 changes both its servers; moving job 2 in the running list changes only server 11.
        index.Remove(a, 10);
        index.Moved(b, 10);
        Assert.Equal(new[] { 10, 11 }, index.DirtyServers);
        Assert.Empty(index.On(10));
        Assert.Equal(new[] { b }, index.On(11));
        index.Forget();
        index.Moved(b, 10);
        Assert.Equal(new[] { 11 }, index.DirtyServers);
    }

    [Fact]
    public void Without_tracking_only_the_jobs_per_server_are_kept()
    {
        var index = new ServerJobs(4, trackChanges: false);
        var a = Running(3, new ChipGrant(1, 8));
        index.Add(a, 0);
        Assert.Equal(new[] { a }, index.On(1));
        Assert.Empty(index.DirtyServers);
        Assert.Empty(index.Started);
    }

    [Fact]
    public void Stopping_a_job_where_it_holds_nothing_is_an_error()
    {
        var index = new ServerJobs(4, trackChanges: false);
        var a = Running(7, new ChipGrant(2, 8));
        var e = Assert.Throws<InvalidOperationException>(() => index.Remove(a, 0));
        Assert.Contains("job 7 stopped on server 2", e.Message);
    }

    [Fact]
    public void A_book_names_each_changed_rack_once_in_order_of_first_change()
    {
        // Three racks of two servers of 8 chips: servers 0-1 are rack 0, 2-3 rack 1, 4-5 rack 2.
        var book = new ClusterBook(3, 2, 8);
        book.Reserve(new[] { new ChipGrant(5, 8), new ChipGrant(0, 1) });
        book.Reserve(new[] { new ChipGrant(4, 2) });
        book.Release(new[] { new ChipGrant(0, 1) });
        var changed = new List<int>();
        book.ChangedRacks.TakeAll(changed);
        Assert.Equal(new[] { 2, 0 }, changed);
        Assert.Equal(0, book.ChangedRacks.Count);
        // Releasing nothing changes no rack; a failed server changes its rack.
        book.Release(Array.Empty<ChipGrant>());
        book.SetDown(3);
        changed.Clear();
        book.ChangedRacks.TakeAll(changed);
        Assert.Equal(new[] { 1 }, changed);
    }
}
