using Akka.Actor;
using Akka.Configuration;
using Akka.Dispatch;
using Akka.Dispatch.MessageQueues;

namespace CenterSim.Simulation.Engine;

/// <summary>The engine's default mailbox type (set in <see cref="EngineHost"/>'s configuration): unbounded, with a <see cref="RunMessageQueue"/>.</summary>
public sealed class RunMailbox : MailboxType, IProducesMessageQueue<RunMessageQueue>
{
    public RunMailbox(Settings settings, Config config)
        : base(settings, config)
    {
    }

    public override IMessageQueue Create(IActorRef owner, ActorSystem system) => new RunMessageQueue();
}
