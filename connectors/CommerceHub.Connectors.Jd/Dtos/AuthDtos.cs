using System.Text.Json.Serialization;

namespace CommerceHub.Connectors.Jd.Dtos;

/// <summary>The OAuth answer: code 0 with the pair, or code/msg; uid is the seller (vender) the token stands for.</summary>
internal sealed record TokenResponse(
    int Code,
    string? Msg,
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("refresh_token")] string? RefreshToken,
    [property: JsonPropertyName("expires_in")] long ExpiresIn,
    string? Uid);
