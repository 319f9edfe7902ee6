using CenterSim.Model.Serving;
using CenterSim.Model.Units;
using CenterSim.Simulation.Random;

namespace CenterSim.Simulation.Serving;

/// <summary>
/// The next request of a service's stream. Poisson arrivals follow the daily profile by thinning: candidates
/// at the peak rate, each kept with probability (the hour's multiplier / the peak multiplier). Token counts are
/// drawn and rounded up to whole tokens (at least one), or taken as a (prompt, output) pair of a uniformly drawn
/// trace row. A replay gives the trace's own times and tokens, repeated back to back with one mean gap between copies.
/// </summary>
public sealed class RequestSource
{
    private readonly RequestStreamSpec _spec;
    private readonly RandomStream _rng;
    private readonly double _peakRate;
    private readonly double _period;
    private double _time;
    private int _next;
    private int _copy;

    public RequestSource(RequestStreamSpec spec, RandomStream rng)
    {
        _spec = spec;
        _rng = rng;
        _peakRate = spec.ArrivalsPerSecond * spec.PeakMultiplier;
        if (spec.Replay is { Count: > 0 } replay)
        {
            var span = replay[^1].Seconds;
            _period = span + (replay.Count > 1 ? span / (replay.Count - 1) : 1);
        }
    }

    /// <summary>The next arrival time and tokens, or false when the stream has ended.</summary>
    public bool TryNext(out double time, out int prompt, out int output)
    {
        if (_spec.Replay is { } replay)
        {
            if (_next == replay.Count)
            {
                _next = 0;
                _copy++;
            }
            if (_copy >= _spec.ReplayRepeats || replay.Count == 0)
            {
                time = double.PositiveInfinity;
                prompt = output = 0;
                return false;
            }
            var row = replay[_next++];
            time = _copy * _period + row.Seconds;
            prompt = row.PromptTokens;
            output = row.OutputTokens;
            return true;
        }
        do
        {
            _time += _rng.Exponential(1 / _peakRate);
        }
        while (_spec.DailyProfile is { } profile && _rng.NextDouble() * _spec.PeakMultiplier > profile[(int)(_time / SimTime.Hour % 24)]);
        time = _time;
        if (_spec.TokenMix is { } mix)
        {
            var row = mix[_rng.NextInt(mix.Count)];
            prompt = row.PromptTokens;
            output = row.OutputTokens;
        }
        else
        {
            prompt = Tokens(Sampler.Draw(_spec.PromptTokens!, _rng));
            output = Tokens(Sampler.Draw(_spec.OutputTokens!, _rng));
        }
        return true;
    }

    private static int Tokens(double drawn) => (int)Math.Clamp(Math.Ceiling(drawn), 1, int.MaxValue);
}
