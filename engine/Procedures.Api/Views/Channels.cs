using Procedures.Api.Contracts;
using Procedures.Workflows.Facts;
using Channel = Procedures.Api.Contracts.Channel;

namespace Procedures.Api.Views;

/// <summary>The API's channel and the engine's, one to one.</summary>
public static class Channels
{
    public static ChannelKind ToEngine(Channel channel) => channel switch
    {
        Channel.InPerson => ChannelKind.InPerson,
        Channel.Postal => ChannelKind.Postal,
        Channel.OnlineFull => ChannelKind.OnlineFull,
        _ => ChannelKind.OnlinePartial,
    };

    public static Channel FromEngine(ChannelKind channel) => channel switch
    {
        ChannelKind.InPerson => Channel.InPerson,
        ChannelKind.Postal => Channel.Postal,
        ChannelKind.OnlineFull => Channel.OnlineFull,
        _ => Channel.OnlinePartial,
    };
}
