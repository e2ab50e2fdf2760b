using System.Collections.Concurrent;

namespace CommerceHub.Bench.Sync;

/// <summary>Counts the hub's HTTP calls per platform, told apart by the sandbox port they go to.</summary>
internal sealed class PlatformCallCounter(IReadOnlyDictionary<int, string> platformsByPort)
{
    private readonly IReadOnlyDictionary<int, string> _platformsByPort = platformsByPort;
    private readonly ConcurrentDictionary<string, long> _calls = new(StringComparer.Ordinal);

    public long Of(string platform) => _calls.GetValueOrDefault(platform);

    public sealed class Handler(PlatformCallCounter counter) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri is { } uri && counter._platformsByPort.TryGetValue(uri.Port, out var platform))
            {
                counter._calls.AddOrUpdate(platform, 1, (_, n) => n + 1);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
