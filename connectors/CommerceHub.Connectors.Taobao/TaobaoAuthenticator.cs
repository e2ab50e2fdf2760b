using System.Globalization;
using RestSharp;
using RestSharp.Authenticators;

namespace CommerceHub.Connectors.Taobao;

/// <summary>
/// Adds the system parameters (app_key, timestamp, format, v, sign_method) to the query and signs last, over every
/// query and form parameter the client added (method, session and the business parameters included).
/// </summary>
internal sealed class TaobaoAuthenticator(TaobaoOptions options, TimeProvider clock) : IAuthenticator
{
    public ValueTask Authenticate(IRestClient client, RestRequest request, CancellationToken cancellationToken)
    {
        request.AddQueryParameter("app_key", options.AppKey);
        request.AddQueryParameter("timestamp", TaobaoSigner.Timestamp(clock));
        request.AddQueryParameter("format", "json");
        request.AddQueryParameter("v", "2.0");
        request.AddQueryParameter("sign_method", options.SignMethod);
        var parameters = request.Parameters
            .Where(p => p.Type is ParameterType.QueryString or ParameterType.GetOrPost && p.Name is not null)
            .Select(p => new KeyValuePair<string, string>(p.Name!, Convert.ToString(p.Value, CultureInfo.InvariantCulture) ?? ""));
        request.AddQueryParameter("sign", TaobaoSigner.Sign(options.SignMethod, options.AppSecret, TaobaoSigner.BaseString(parameters)));
        return ValueTask.CompletedTask;
    }
}
