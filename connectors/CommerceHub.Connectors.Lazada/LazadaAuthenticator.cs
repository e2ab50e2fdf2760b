using System.Globalization;
using RestSharp;
using RestSharp.Authenticators;

namespace CommerceHub.Connectors.Lazada;

/// <summary>
/// Adds app_key, timestamp (ms), sign_method and sign to every call. The sign covers every query and form parameter
/// the client added (access_token and payload included), so it is computed last, right before sending.
/// </summary>
internal sealed class LazadaAuthenticator(LazadaOptions options, TimeProvider clock) : IAuthenticator
{
    public ValueTask Authenticate(IRestClient client, RestRequest request, CancellationToken cancellationToken)
    {
        request.AddQueryParameter("app_key", options.AppKey);
        request.AddQueryParameter("timestamp", LazadaSigner.Timestamp(clock).ToString(CultureInfo.InvariantCulture));
        request.AddQueryParameter("sign_method", LazadaSigner.SignMethod);
        var parameters = request.Parameters
            .Where(p => p.Type is ParameterType.QueryString or ParameterType.GetOrPost && p.Name is not null)
            .Select(p => new KeyValuePair<string, string>(p.Name!, Convert.ToString(p.Value, CultureInfo.InvariantCulture) ?? ""));
        var path = "/" + (request.Resource ?? "").TrimStart('/');
        request.AddQueryParameter("sign", LazadaSigner.Sign(options.AppSecret, LazadaSigner.BaseString(path, parameters)));
        return ValueTask.CompletedTask;
    }
}
