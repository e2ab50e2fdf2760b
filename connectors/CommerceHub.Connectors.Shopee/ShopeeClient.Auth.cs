using System.Globalization;
using CommerceHub.Connectors.Shopee.Dtos;
using RestSharp;

namespace CommerceHub.Connectors.Shopee;

internal sealed partial class ShopeeClient
{
    public const string AuthPartnerPath = "/api/v2/shop/auth_partner";
    public const string TokenGetPath = "/api/v2/auth/token/get";
    public const string RefreshPath = "/api/v2/auth/access_token/get";

    /// <summary>The seller's authorization link; Shopee accepts it for 5 minutes after signing.</summary>
    public Uri AuthorizationUrl(Uri redirect)
    {
        var signature = ShopeeSigner.SignRequest(Options.PartnerKey, Options.PartnerId, AuthPartnerPath, clock);
        var query = string.Create(
            CultureInfo.InvariantCulture,
            $"partner_id={Options.PartnerId}&timestamp={signature.Timestamp}&sign={signature.Sign}&redirect={Uri.EscapeDataString(redirect.ToString())}");
        return new UriBuilder(new Uri(Options.BaseUrl, AuthPartnerPath)) { Query = query }.Uri;
    }

    public Task<TokenResponse> GetTokenAsync(string code, long shopId, CancellationToken cancellationToken) =>
        SendAsync<TokenResponse>(WithBody(new RestRequest(TokenGetPath, Method.Post), new TokenGetRequest(code, Options.PartnerId, shopId)), cancellationToken, flat: true);

    public Task<TokenResponse> RefreshTokenAsync(string refreshToken, long shopId, CancellationToken cancellationToken) =>
        SendAsync<TokenResponse>(WithBody(new RestRequest(RefreshPath, Method.Post), new AccessTokenGetRequest(refreshToken, Options.PartnerId, shopId)), cancellationToken, flat: true);
}
