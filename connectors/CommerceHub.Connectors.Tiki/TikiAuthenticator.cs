using RestSharp;
using RestSharp.Authenticators;

namespace CommerceHub.Connectors.Tiki;

/// <summary>Tiki signs nothing: each call carries "Authorization: Bearer &lt;token&gt;", set per request (seller or app token).</summary>
internal sealed class TikiAuthenticator(string accessToken) : IAuthenticator
{
    public ValueTask Authenticate(IRestClient client, RestRequest request, CancellationToken cancellationToken)
    {
        request.AddOrUpdateHeader(KnownHeaders.Authorization, "Bearer " + accessToken);
        return ValueTask.CompletedTask;
    }
}
