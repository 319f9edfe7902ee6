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

    private long _calledOff;

    /// <summary>
    /// An event put in earlier may just have been called off (its <see cref="ICancellableEvent"/> now reads
    /// cancelled). Called-off events wait in the calendar until they come due, so a job whose finish moves
    /// again and again (throttling) would leave a trail of them: once as many have been called off as
    /// half the calendar holds, the dead ones are taken out at once. The calendar so stays within about
    /// twice its live events, at a cost per call-off that does not grow, and the live events keep their order.
    /// </summary>
    public void CalledOff()
    {
        if (++_calledOff > Math.Max(1024, _calendar.Count / 2))
        {
            Dropped += _calendar.RemoveWhere(static m => m is ICancellableEvent { Cancelled: true });
            _calledOff = 0;
        }
    }

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
