using Akka.Actor;

namespace CenterSim.Simulation.Engine;

/// <summary>
/// The one clock of a run: the event calendar and the current simulated time. Actors of the run write
/// future events straight into it (they all run on the run's thread), and the run loop delivers them
/// in (time, sequence) order. Nothing here reads the wall clock.
/// </summary>
public sealed class SimClock
{
    private readonly EventCalendar _calendar = new(1024);
    private long _sequence;

    public double Now { get; private set; }

    public long Delivered { get; private set; }

    public int Pending => _calendar.Count;

    /// <summary>How many events in a row, the last delivered included, have been due at <see cref="Now"/>.</summary>
    public long DeliveredAtNow { get; private set; }

    public void At(double time, IActorRef target, object message) => Put(time, target, message);

    /// <summary>An event a run's actor puts in for itself (or another of the run's actors, by instance).</summary>
    public void At(double time, Actors.SimActor target, object message) => Put(time, target, message);

    public void After(double delay, Actors.SimActor target, object message) => Put(Now + delay, target, message);

    private void Put(double time, object target, object message)
    {
        if (double.IsNaN(time))
        {
            throw new InvalidOperationException($"an event for {new CalendarEntry(target, message).TargetName} ({message.GetType().Name}) has a time that is not a number (now {Now} s)");
        }
        if (time < Now)
        {
            throw new InvalidOperationException($"event at {time} s is in the past (now {Now} s)");
        }
        _calendar.Enqueue(time, _sequence++, target, message);
    }

    public void After(double delay, IActorRef target, object message) => At(Now + delay, target, message);

    /// <summary>Called-off events dropped so far (see <see cref="ICancellableEvent"/>); they are not in <see cref="Delivered"/>.</summary>
    public long Dropped { get; private set; }

    /// <summary>
    /// Advances the clock to the next event if it is due no later than <paramref name="horizon"/>,
    /// dropping called-off events on the way.
    /// </summary>
    public bool TryNext(double horizon, out CalendarEntry entry)
    {
        while (_calendar.Count > 0)
        {
            var time = _calendar.EarliestTime;
            if (time > horizon)
            {
                break;
            }
            var (target, message) = _calendar.Dequeue();
            if (message is ICancellableEvent { Cancelled: true })
            {
                Dropped++;
                continue;
            }
            entry = new CalendarEntry(target, message);
            DeliveredAtNow = time == Now ? DeliveredAtNow + 1 : 1;
            Now = time;
            Delivered++;
            return true;
        }
        entry = default;
        return false;
    }
}
