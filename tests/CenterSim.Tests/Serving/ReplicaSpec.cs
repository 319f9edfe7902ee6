using CenterSim.Simulation.Serving;

namespace CenterSim.Tests.Serving;

/// <summary>Continuous batching on the 70 B / 8 x H100 model of <see cref="ServingPerformanceModelSpec"/>, step by step.</summary>
public class ReplicaSpec
{
    [Fact]
    public void One_request_is_prefilled_then_decoded_with_its_kv_cache_growing()
    {
        var replica = new Replica(0, ServingPerformanceModelSpec.Model(), 8) { Phase = ReplicaPhase.Ready };
        var request = new ServingRequest(0, 1000, 3, true);
        replica.Admit(request);
        Assert.True(replica.StartSegment(0));
        // Prefill of 1,000 tokens: 35.389 ms, and it makes the first token.
        Assert.Equal(0.035389282, replica.SegmentEnd, 9);
        var finished = new List<ServingRequest>();
        replica.EndSegment(finished);
        Assert.Equal(0.035389282, request.FirstTokenTime, 9);
        Assert.Empty(finished);
        // Two decode steps, reading the weights and 1,001 then 1,002 tokens of KV: 6.545150 + 6.545165 ms.
        Assert.True(replica.StartSegment(replica.SegmentEnd));
        Assert.Equal(0.048479597, replica.SegmentEnd, 9);
        replica.EndSegment(finished);
        Assert.Same(request, Assert.Single(finished));
        Assert.Equal(0, replica.ReservedTokens);
        Assert.False(replica.StartSegment(replica.SegmentEnd));
    }

    [Fact]
    public void An_arrival_cuts_the_decode_at_the_next_step_boundary_without_moving_any_step()
    {
        var model = ServingPerformanceModelSpec.Model();
        var replica = new Replica(0, model, 8) { Phase = ReplicaPhase.Ready };
        replica.Admit(new ServingRequest(0, 1000, 101, true));
        replica.StartSegment(0);
        var finished = new List<ServingRequest>();
        replica.EndSegment(finished);
        var start = replica.SegmentEnd;
        replica.StartSegment(start);
        var fullEnd = replica.SegmentEnd;
        // 100 steps planned; an arrival 20 ms in cuts at the end of the 4th step (each about 6.545 ms).
        Assert.True(replica.CutAtNextBoundary(start + 0.020));
        var expected = start;
        for (var k = 0; k < 4; k++)
        {
            expected += model.DecodeStepSeconds(1, 1001 + k);
        }
        Assert.Equal(expected, replica.SegmentEnd);
        Assert.False(replica.CutAtNextBoundary(start + 0.021));
        replica.EndSegment(finished);
        Assert.Equal(5, replica.Batch[0].Generated);
        // Going on from the cut, the last token comes exactly when the uncut plan said.
        replica.StartSegment(replica.SegmentEnd);
        replica.EndSegment(finished);
        Assert.Single(finished);
        Assert.Equal(fullEnd, replica.SegmentEnd, 12);
    }

    [Fact]
    public void Admission_stops_at_the_batch_limit_and_at_the_kv_cache()
    {
        var replica = new Replica(0, ServingPerformanceModelSpec.Model(), 2) { Phase = ReplicaPhase.Ready };
        replica.Admit(new ServingRequest(0, 10, 10, true));
        replica.Admit(new ServingRequest(0, 10, 10, true));
        Assert.False(replica.CanAdmit(new ServingRequest(0, 10, 10, true)));
        var roomy = new Replica(1, ServingPerformanceModelSpec.Model(), 1000) { Phase = ReplicaPhase.Ready };
        roomy.Admit(new ServingRequest(0, 1_000_000, 300_000, true));
        // 1,373,291 tokens fit; 1,300,000 are held, so 73,291 more fit and 73,292 do not.
        Assert.True(roomy.CanAdmit(new ServingRequest(0, 73_290, 1, true)));
        Assert.False(roomy.CanAdmit(new ServingRequest(0, 73_291, 1, true)));
        Assert.False(new Replica(2, ServingPerformanceModelSpec.Model(), 8).CanAdmit(new ServingRequest(0, 1, 1, true)));
    }
}
