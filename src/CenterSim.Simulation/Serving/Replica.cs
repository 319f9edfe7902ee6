namespace CenterSim.Simulation.Serving;

/// <summary>
/// One replica's continuous batching, at request level. Work goes in segments that end where the batch
/// changes: a prefill of the requests just admitted (decoding pauses meanwhile), or a run of decode steps
/// up to the next request's last token. Each step's time depends on the batch: its size and the KV cache it
/// holds, which grows by one token per request per step. A request that arrives mid-segment makes the
/// segment end at the next step boundary, where it may join. Segments are timed by the same summation in
/// planning and cutting, so cutting never moves a step.
/// </summary>
public sealed class Replica
{
    private readonly ServingPerformanceModel _model;
    private readonly int _maxBatch;
    private readonly List<ServingRequest> _prefilling = new();
    private long _context;
    private int _steps;

    public Replica(int id, ServingPerformanceModel model, int maxBatch)
    {
        Id = id;
        _model = model;
        _maxBatch = maxBatch;
    }

    public int Id { get; }

    public ReplicaPhase Phase { get; set; } = ReplicaPhase.WaitingForChips;

    /// <summary>Requests past their prefill, decoding.</summary>
    public List<ServingRequest> Batch { get; } = new();

    /// <summary>KV cache the admitted requests will hold at their end, tokens.</summary>
    public long ReservedTokens { get; private set; }

    public int Requests => Batch.Count + _prefilling.Count;

    public bool Busy => Segment != SegmentKind.None;

    public SegmentKind Segment { get; private set; }

    public double SegmentStart { get; private set; }

    public double SegmentEnd { get; private set; }

    /// <summary>Bumped whenever the end of the segment moves, so a stale calendar event is ignored.</summary>
    public int Version { get; private set; }

    private bool _cut;

    public bool CanAdmit(ServingRequest request) =>
        Phase == ReplicaPhase.Ready && Requests < _maxBatch && ReservedTokens + request.ReservedTokens <= _model.KvCapacityTokens;

    /// <summary>Admits a request to the prefill that starts at the next <see cref="StartSegment"/>.</summary>
    public void Admit(ServingRequest request)
    {
        _prefilling.Add(request);
        ReservedTokens += request.ReservedTokens;
    }

    /// <summary>Plans the next segment from <paramref name="now"/>: a prefill when requests were admitted, else decoding; false when there is nothing to do.</summary>
    public bool StartSegment(double now)
    {
        Version++;
        _cut = false;
        SegmentStart = now;
        if (_prefilling.Count > 0)
        {
            long prompt = 0;
            foreach (var r in _prefilling)
            {
                prompt += r.PromptTokens;
            }
            Segment = SegmentKind.Prefill;
            SegmentEnd = now + _model.PrefillSeconds(prompt);
            return true;
        }
        if (Batch.Count == 0)
        {
            Segment = SegmentKind.None;
            return false;
        }
        var steps = int.MaxValue;
        foreach (var r in Batch)
        {
            steps = Math.Min(steps, r.OutputTokens - r.Generated);
        }
        Segment = SegmentKind.Decode;
        _steps = steps;
        SegmentEnd = StepsEnd(steps);
        return true;
    }

    /// <summary>A decoding segment ends at the first step boundary at or after <paramref name="now"/> instead; false when it already does or is no decode.</summary>
    public bool CutAtNextBoundary(double now)
    {
        if (Segment != SegmentKind.Decode || _cut)
        {
            return false;
        }
        var t = SegmentStart;
        var k = 0;
        while (t < now && k < _steps)
        {
            t += Step(k);
            k++;
        }
        _cut = true;
        if (k == _steps)
        {
            return false;
        }
        _steps = k;
        SegmentEnd = t;
        Version++;
        return true;
    }

    /// <summary>Ends the segment at <see cref="SegmentEnd"/>: tokens are made, finished requests leave (into <paramref name="finished"/>).</summary>
    public void EndSegment(List<ServingRequest> finished)
    {
        var now = SegmentEnd;
        if (Segment == SegmentKind.Prefill)
        {
            foreach (var r in _prefilling)
            {
                r.Generated = 1;
                r.FirstTokenTime = now;
                if (r.OutputTokens == 1)
                {
                    ReservedTokens -= r.ReservedTokens;
                    finished.Add(r);
                }
                else
                {
                    Batch.Add(r);
                    _context += r.ContextTokens;
                }
            }
            _prefilling.Clear();
        }
        else if (Segment == SegmentKind.Decode)
        {
            var b = Batch.Count;
            _context += (long)b * _steps;
            for (var i = b - 1; i >= 0; i--)
            {
                var r = Batch[i];
                r.Generated += _steps;
                if (r.Generated >= r.OutputTokens)
                {
                    _context -= r.ContextTokens;
                    ReservedTokens -= r.ReservedTokens;
                    Batch[i] = Batch[^1];
                    Batch.RemoveAt(Batch.Count - 1);
                    finished.Add(r);
                }
            }
        }
        Segment = SegmentKind.None;
    }

    /// <summary>The replica lost its chips: every request it held, in admission order, for the queue again (their progress lost).</summary>
    public List<ServingRequest> Evict()
    {
        var all = _prefilling.Concat(Batch).OrderBy(r => r.Arrival).ToList();
        foreach (var r in all)
        {
            r.Generated = 0;
            r.FirstTokenTime = double.NaN;
        }
        _prefilling.Clear();
        Batch.Clear();
        _context = 0;
        ReservedTokens = 0;
        Segment = SegmentKind.None;
        Version++;
        return all;
    }

    private double StepsEnd(int steps)
    {
        var t = SegmentStart;
        for (var k = 0; k < steps; k++)
        {
            t += Step(k);
        }
        return t;
    }

    private double Step(int k) => _model.DecodeStepSeconds(Batch.Count, _context + (long)Batch.Count * k);
}
