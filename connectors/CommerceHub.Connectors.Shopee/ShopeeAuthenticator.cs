using System.Globalization;
using RestSharp;
using RestSharp.Authenticators;

namespace CommerceHub.Connectors.Shopee;

/// <summary>
/// Adds partner_id, timestamp and sign to every call. Shop calls carry access_token and shop_id as query
/// parameters already (the client adds them); those are part of the signed string.
/// </summary>
internal sealed class ShopeeAuthenticator(ShopeeOptions options, TimeProvider clock) : IAuthenticator
{
    public ValueTask Authenticate(IRestClient client, RestRequest request, CancellationToken cancellationToken)
    {
        var accessToken = request.Parameters.TryFind("access_token")?.Value as string;
        long? shopId = request.Parameters.TryFind("shop_id")?.Value is string shop
            ? long.Parse(shop, NumberStyles.None, CultureInfo.InvariantCulture)
            : null;
        var path = "/" + (request.Resource ?? "").TrimStart('/');
        var signature = ShopeeSigner.SignRequest(options.PartnerKey, options.PartnerId, path, clock, accessToken, shopId);
        request.AddQueryParameter("partner_id", options.PartnerId.ToString(CultureInfo.InvariantCulture));
        request.AddQueryParameter("timestamp", signature.Timestamp.ToString(CultureInfo.InvariantCulture));
        request.AddQueryParameter("sign", signature.Sign);
        return ValueTask.CompletedTask;
    }
}
