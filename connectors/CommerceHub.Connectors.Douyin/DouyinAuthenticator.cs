using RestSharp;
using RestSharp.Authenticators;

namespace CommerceHub.Connectors.Douyin;

/// <summary>
/// Adds app_key, method, timestamp, v, sign_method and sign to every call. The method is read back from the path
/// (/order/searchList → order.searchList) and the sign covers the body string exactly as RestSharp will send it.
/// access_token, when the client added one, is not signed.
/// </summary>
internal sealed class DouyinAuthenticator(DouyinOptions options, TimeProvider clock) : IAuthenticator
{
    public ValueTask Authenticate(IRestClient client, RestRequest request, CancellationToken cancellationToken)
    {
        var method = (request.Resource ?? "").Trim('/').Replace('/', '.');
        var body = request.Parameters.OfType<BodyParameter>().FirstOrDefault()?.Value as string ?? "{}";
        var timestamp = DouyinSigner.Timestamp(clock);
        request.AddOrUpdateParameter(new QueryParameter("app_key", options.AppKey));
        request.AddOrUpdateParameter(new QueryParameter("method", method));
        request.AddOrUpdateParameter(new QueryParameter("timestamp", timestamp));
        request.AddOrUpdateParameter(new QueryParameter("v", DouyinSigner.Version));
        request.AddOrUpdateParameter(new QueryParameter("sign_method", options.SignMethod));
        request.AddOrUpdateParameter(new QueryParameter("sign", DouyinSigner.SignRequest(options.SignMethod, options.AppSecret, options.AppKey, method, body, timestamp)));
        return ValueTask.CompletedTask;
    }
}
