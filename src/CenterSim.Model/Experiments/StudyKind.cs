namespace CenterSim.Model.Experiments;

/// <summary>How a study's arms were made: the base alone, the base and its variants, or a sweep's cartesian product.</summary>
public enum StudyKind
{
    Single,
    Variants,
    Sweep,
}
