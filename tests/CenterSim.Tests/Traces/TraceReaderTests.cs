using CenterSim.Traces.Readers;

namespace CenterSim.Tests.Traces;

public class TraceReaderTests
{
    [Fact]
    public void OpenbNodeList_reads_valid_rows_and_reports_each_bad_line()
    {
        using var f = new TempCsv("nodes.csv",
            "sn,cpu_milli,memory_mib,gpu,model",
            "n1,64000,262144,2,P100",
            "n2,abc,100,2,T4",
            "n3,1000,100,2",
            "n4,1000,100,4,",
            "",
            "n5,96000,786432,8,G2");

        var r = OpenbNodeListReader.Read(f.Path);

        Assert.Equal(new[] { "n1", "n5" }, r.Rows.Select(n => n.Name));
        Assert.Equal(new OpenbNode("n1", 64000, 262144, 2, "P100", 2), r.Rows[0]);
        Assert.Equal(new[]
        {
            $"{f.Path}:3: column 'cpu_milli' must be an integer in [0, {long.MaxValue}], got 'abc'",
            $"{f.Path}:4: expected 5 fields as in the header, got 4",
            $"{f.Path}:5: node 'n4' has 4 GPUs but no model",
        }, r.Diagnostics);
    }

    [Fact]
    public void OpenbPodList_checks_gpu_share_rules_and_duplicates()
    {
        using var f = new TempCsv("pods.csv",
            "name,cpu_milli,memory_mib,num_gpu,gpu_milli,gpu_spec,qos,pod_phase,creation_time,deletion_time,scheduled_time",
            "p1,6000,12288,1,460,,LS,Running,0,100,0",
            "p2,6000,12288,1,1200,,LS,Running,0,100,0",
            "p3,6000,12288,2,500,,LS,Running,0,100,0",
            "p4,8000,100,0,0,,BE,Pending,5,,",
            "p1,1,1,0,0,,BE,Pending,5,,",
            "p6,8000,100,1,1000,G2|T4,LS,Running,x,,");

        var r = OpenbPodListReader.Read(f.Path);

        Assert.Equal(new[] { "p1", "p4" }, r.Rows.Select(p => p.Name));
        Assert.Equal(460, r.Rows[0].GpuMilli);
        Assert.Null(r.Rows[1].DeletionS);
        Assert.Equal(new[]
        {
            $"{f.Path}:3: column 'gpu_milli' must be an integer in [0, 1000], got '1200'",
            $"{f.Path}:4: a task with 2 GPUs must take whole GPUs (gpu_milli 1000), got 500",
            $"{f.Path}:6: duplicate pod 'p1' (first on line 2)",
            $"{f.Path}:7: column 'creation_time' must be an integer in [0, {long.MaxValue}], got 'x'",
        }, r.Diagnostics);
    }

    [Fact]
    public void Missing_column_and_missing_file_are_single_diagnostics()
    {
        using var f = new TempCsv("pods.csv", "name,cpu_milli,memory_mib,num_gpu", "p1,1,1,0");

        var r = OpenbPodListReader.Read(f.Path);
        var missing = OpenbNodeListReader.Read(f.Path + ".absent");

        Assert.Empty(r.Rows);
        Assert.Equal($"{f.Path}:1: missing column(s) 'gpu_milli'; expected header with name,cpu_milli,memory_mib,num_gpu,gpu_milli", Assert.Single(r.Diagnostics));
        Assert.StartsWith($"{f.Path}.absent: cannot read file:", Assert.Single(missing.Diagnostics));
    }

    [Fact]
    public void GavelTrace_reads_optional_duration()
    {
        using var f = new TempCsv("gavel.csv",
            "vc,job_type,num_gpus,arrival_time_s,total_steps,implied_duration_v100_s",
            "0e4a51,Transformer (batch size 128),1,0.0,95121,17465.9",
            "0e4a51,ResNet-18 (batch size 32),16,6.0,1104675,",
            "0e4a51,ResNet-18 (batch size 32),0,6.0,1104675,10");

        var r = GavelTraceReader.Read(f.Path);

        Assert.Equal(2, r.Rows.Count);
        Assert.Equal(17465.9, r.Rows[0].DurationS);
        Assert.Null(r.Rows[1].DurationS);
        Assert.Equal(16, r.Rows[1].Gpus);
        Assert.Equal($"{f.Path}:4: column 'num_gpus' must be an integer in [1, 4096], got '0'", Assert.Single(r.Diagnostics));
    }

    [Fact]
    public void GenericJobs_apply_defaults_and_report_bad_rows()
    {
        using var f = new TempCsv("jobs.csv",
            "job_id,submit_s,gpus,duration_s,gpu_milli,cpu_milli,memory_mib,gpu_model",
            "a,0,1,3600,,,,",
            "b,10.5,1,60,500,4000,8192,T4|A10",
            "c,11,2,60,500,,,",
            "b,12,1,60,,,,",
            "d,-1,1,60,,,,",
            "e,13,1,0,,,,",
            "\"f,g\",14,0,5,,,,");

        var r = GenericJobReader.Read(f.Path);

        Assert.Equal(new[] { "a", "b", "f,g" }, r.Rows.Select(j => j.JobId));
        Assert.Equal(new TraceJob("a", 0, 1, 3600, 1000, 0, 0, "", 2), r.Rows[0]);
        Assert.Equal(new TraceJob("b", 10.5, 1, 60, 500, 4000, 8192, "T4|A10", 3), r.Rows[1]);
        Assert.Equal(0, r.Rows[2].GpuMilli);
        Assert.Equal(new[]
        {
            $"{f.Path}:4: a job with 2 GPUs must take whole GPUs (gpu_milli 1000), got 500",
            $"{f.Path}:5: duplicate job_id 'b' (first on line 3)",
            $"{f.Path}:6: column 'submit_s' must be a number in [0, {double.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture)}], got '-1'",
            $"{f.Path}:7: column 'duration_s' must be greater than 0, got '0'",
        }, r.Diagnostics);
    }

    [Fact]
    public void GenericJobs_need_only_the_four_core_columns()
    {
        using var f = new TempCsv("jobs.csv", "JOB_ID,gpus,submit_s,duration_s", "x,4,1,2");

        var r = GenericJobReader.Read(f.Path);

        Assert.True(r.Ok);
        Assert.Equal(new TraceJob("x", 1, 4, 2, 1000, 0, 0, "", 2), Assert.Single(r.Rows));
    }
}
