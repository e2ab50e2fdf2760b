using RestSharp;
using RestSharp.Authenticators;

namespace CommerceHub.Connectors.TikTok;

/// <summary>
/// Adds app_key, timestamp and sign to every API call. The sign covers the query the client already built
/// (shop_cipher, paging) and the body string exactly as RestSharp will send it, so nothing is serialized after
/// signing. The token calls carry the app secret instead of a sign and are left alone.
/// </summary>
internal sealed class TikTokAuthenticator(TikTokOptions options, TimeProvider clock) : IAuthenticator
{
    public ValueTask Authenticate(IRestClient client, RestRequest request, CancellationToken cancellationToken)
    {
        if (request.Parameters.TryFind("app_secret") is not null)
        {
            return ValueTask.CompletedTask;
        }

        request.AddOrUpdateParameter(new QueryParameter("app_key", options.AppKey));
        request.AddOrUpdateParameter(new QueryParameter("timestamp", TikTokSigner.Timestamp(clock).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var query = request.Parameters.GetParameters<QueryParameter>()
            .Where(p => p.Name is not null && p.Name != "sign")
            .Select(p => new KeyValuePair<string, string>(p.Name!, p.Value?.ToString() ?? "")); // filtered on Name just above
        var body = request.Parameters.OfType<BodyParameter>().FirstOrDefault()?.Value as string ?? "";
        var path = "/" + (request.Resource ?? "").TrimStart('/');
        request.AddOrUpdateParameter(new QueryParameter("sign", TikTokSigner.SignRequest(options.AppSecret, path, query, body)));
        return ValueTask.CompletedTask;
    }
}
