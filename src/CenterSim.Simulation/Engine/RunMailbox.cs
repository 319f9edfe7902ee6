using Akka.Actor;
using Akka.Configuration;
using Akka.Dispatch;
using Akka.Dispatch.MessageQueues;

namespace CenterSim.Simulation.Engine;

/// <summary>The mailbox type of run actors (configured as <see cref="EngineHost.MailboxId"/>).</summary>
public sealed class RunMailbox : MailboxType, IProducesMessageQueue<RunMessageQueue>
{
    public RunMailbox(Settings settings, Config config)
        : base(settings, config)
    {
    }

    public override IMessageQueue Create(IActorRef owner, ActorSystem system) => new RunMessageQueue();
}
