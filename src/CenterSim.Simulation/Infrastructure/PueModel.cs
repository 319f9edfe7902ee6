using CenterSim.Model.Scenario;

namespace CenterSim.Simulation.Infrastructure;

/// <summary>
/// Facility power from IT power. Constant PUE by default; with <c>pue_at_idle</c> and <c>pue_at_full</c>
/// the PUE is linear in IT load (IT power / the center's peak IT power), because cooling and power
/// conversion have a fixed part that weighs more at low load.
/// </summary>
public sealed class PueModel
{
    private readonly double _idle;
    private readonly double _full;
    private readonly double _peakItW;

    public PueModel(ScenarioSpec spec)
    {
        var p = spec.Infrastructure.Power;
        _idle = p?.PueAtIdle ?? spec.Center.Pue;
        _full = p?.PueAtFull ?? spec.Center.Pue;
        _peakItW = CenterLayout.For(spec).PeakItW;
        IsConstant = _idle == _full;
    }

    public bool IsConstant { get; }

    public double At(double itW)
    {
        var load = _peakItW > 0 ? Math.Clamp(itW / _peakItW, 0, 1) : 0;
        return _idle + (_full - _idle) * load;
    }

    public double FacilityW(double itW) => itW * At(itW);
}
