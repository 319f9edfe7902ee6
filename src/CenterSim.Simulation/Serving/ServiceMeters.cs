using CenterSim.Model.Results;
using CenterSim.Model.Serving;
using CenterSim.Model.Units;
using CenterSim.Simulation.Metrics;

namespace CenterSim.Simulation.Serving;

/// <summary>
/// One service's counts and integrals. Requests count when they arrive in the measurement window; time
/// integrals (replicas holding chips, their energy) are read at the window's edges. Latencies of the requests
/// served since the last autoscaling decision are kept apart for the autoscaler.
/// </summary>
public sealed class ServiceMeters(ServiceSpec spec)
{
    private readonly List<double> _ttft = new();
    private readonly List<double> _tpot = new();
    private readonly List<double> _recentTtft = new();
    private readonly List<double> _recentTpot = new();
    private long _arrived;
    private double _arrivedPrompt;
    private double _arrivedOutput;
    private double _waitSum;
    private double _firstArrival = double.NaN;
    private double _lastArrival = double.NaN;
    private long _served;
    private long _dropped;
    private long _metSlo;
    private double _inputTokens;
    private double _outputTokens;
    private double _revenue;

    public void Arrived(ServingRequest r)
    {
        if (r.Measured)
        {
            _arrived++;
            _firstArrival = double.IsNaN(_firstArrival) ? r.Arrival : _firstArrival;
            _lastArrival = r.Arrival;
            _arrivedPrompt += r.PromptTokens;
            _arrivedOutput += r.OutputTokens;
        }
    }

    /// <summary>What the measured requests served so far paid, yuan.</summary>
    public double RevenueYuan => _revenue;

    /// <summary>Replicas whose server failed while the window was open.</summary>
    public long ReplicasLost { get; set; }

    public void Dropped(ServingRequest r)
    {
        _dropped += r.Measured ? 1 : 0;
    }

    public void Served(ServingRequest r, double now, double yuan)
    {
        var ttft = r.FirstTokenTime - r.Arrival;
        var tpot = r.OutputTokens > 1 ? (now - r.FirstTokenTime) / (r.OutputTokens - 1) : double.NaN;
        _recentTtft.Add(ttft);
        if (!double.IsNaN(tpot))
        {
            _recentTpot.Add(tpot);
        }
        if (!r.Measured)
        {
            return;
        }
        _served++;
        _waitSum += r.AdmittedTime - r.Arrival;
        _ttft.Add(ttft);
        if (!double.IsNaN(tpot))
        {
            _tpot.Add(tpot);
        }
        _metSlo += ttft <= spec.Slo.TtftSeconds && !(tpot > spec.Slo.TpotSeconds) ? 1 : 0;
        _inputTokens += r.PromptTokens;
        _outputTokens += r.OutputTokens;
        _revenue += yuan;
    }

    /// <summary>TTFT and TPOT at the objective's percentile over the requests served since the last call (NaN when none), then forgets them.</summary>
    public (double Ttft, double Tpot) TakeRecent()
    {
        var q = spec.Slo.Percentile / 100;
        _recentTtft.Sort();
        _recentTpot.Sort();
        var result = (Quantile.OfSorted(_recentTtft, q), Quantile.OfSorted(_recentTpot, q));
        _recentTtft.Clear();
        _recentTpot.Clear();
        return result;
    }

    /// <summary>
    /// The service's metrics over a window of <paramref name="seconds"/>, given its chips' integrals over it; the
    /// full cost per million tokens only when <paramref name="fixedYuan"/> (capital and operations) is known.
    /// </summary>
    public IEnumerable<Metric> Metrics(double seconds, double replicaSeconds, double energyKwh, double energyYuan, double fixedYuan)
    {
        _ttft.Sort();
        _tpot.Sort();
        var finished = _served + _dropped;
        var tokens = _outputTokens;
        yield return new("serving_requests_arrived", _arrived);
        yield return new("serving_requests_served", _served);
        yield return new("serving_arrivals_per_s", _arrived / seconds);
        yield return new("serving_arrival_span_s", _lastArrival - _firstArrival);
        yield return new("serving_mean_prompt_tokens", _arrived == 0 ? double.NaN : _arrivedPrompt / _arrived);
        yield return new("serving_mean_output_tokens", _arrived == 0 ? double.NaN : _arrivedOutput / _arrived);
        yield return new("serving_mean_wait_s", _served == 0 ? double.NaN : _waitSum / _served);
        yield return new("serving_ttft_mean_s", _served == 0 ? double.NaN : _ttft.Average());
        yield return new("serving_requests_dropped", _dropped);
        yield return new("serving_requests_in_flight", _arrived - _served - _dropped);
        yield return new("serving_tokens_per_s", tokens / seconds);
        yield return new("serving_input_tokens_per_s", _inputTokens / seconds);
        yield return new("serving_ttft_p50_s", Quantile.OfSorted(_ttft, 0.5));
        yield return new("serving_ttft_p99_s", Quantile.OfSorted(_ttft, 0.99));
        yield return new("serving_tpot_p50_s", Quantile.OfSorted(_tpot, 0.5));
        yield return new("serving_tpot_p99_s", Quantile.OfSorted(_tpot, 0.99));
        yield return new("serving_slo_attainment", finished == 0 ? double.NaN : (double)_metSlo / finished);
        yield return new("serving_replicas_lost", ReplicasLost);
        yield return new("serving_replica_hours", replicaSeconds / SimTime.Hour);
        yield return new("serving_mean_replicas", replicaSeconds / seconds);
        yield return new("serving_revenue_yuan", _revenue);
        yield return new("serving_revenue_yuan_per_chip_hour", replicaSeconds == 0 ? double.NaN : _revenue / (replicaSeconds * spec.ChipsPerReplica / SimTime.Hour));
        yield return new("serving_energy_kwh", energyKwh);
        yield return new("serving_kwh_per_million_tokens", tokens == 0 ? double.NaN : energyKwh / (tokens / 1e6));
        yield return new("serving_joules_per_token", tokens == 0 ? double.NaN : energyKwh * 3.6e6 / tokens);
        yield return new("serving_energy_cost_yuan_per_million_tokens", tokens == 0 ? double.NaN : energyYuan / (tokens / 1e6));
        if (!double.IsNaN(fixedYuan))
        {
            yield return new("serving_cost_yuan_per_million_tokens", tokens == 0 ? double.NaN : (energyYuan + fixedYuan) / (tokens / 1e6));
        }
    }
}
