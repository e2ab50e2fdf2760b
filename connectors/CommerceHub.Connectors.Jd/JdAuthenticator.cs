using System.Globalization;
using RestSharp;
using RestSharp.Authenticators;

namespace CommerceHub.Connectors.Jd;

/// <summary>
/// Adds app_key, timestamp and v to the query and signs last, over every query and form parameter the client added
/// (method, access_token and 360buy_param_json included).
/// </summary>
internal sealed class JdAuthenticator(JdOptions options, TimeProvider clock) : IAuthenticator
{
    public ValueTask Authenticate(IRestClient client, RestRequest request, CancellationToken cancellationToken)
    {
        request.AddQueryParameter("app_key", options.AppKey);
        request.AddQueryParameter("timestamp", JdSigner.Timestamp(clock));
        request.AddQueryParameter("v", "2.0");
        var parameters = request.Parameters
            .Where(p => p.Type is ParameterType.QueryString or ParameterType.GetOrPost && p.Name is not null)
            .Select(p => new KeyValuePair<string, string>(p.Name!, Convert.ToString(p.Value, CultureInfo.InvariantCulture) ?? ""));
        request.AddQueryParameter("sign", JdSigner.Sign(options.AppSecret, JdSigner.BaseString(parameters)));
        return ValueTask.CompletedTask;
    }
}
