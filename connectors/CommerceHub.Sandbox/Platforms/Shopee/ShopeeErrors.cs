namespace CommerceHub.Sandbox.Platforms.Shopee;

internal sealed record ShopeeError(string Code, string Message, int Status);

/// <summary>
/// Error codes and messages as Shopee's API pages list them. Shopee does not document HTTP statuses; the ones here
/// are the sandbox's choice (README lists them as guesses). Clients must read the body's "error" either way.
/// </summary>
internal static class ShopeeErrors
{
    public static readonly ShopeeError NoPartnerId = Param("There is no partner_id in query.");
    public static readonly ShopeeError InvalidPartnerId = Param("Invalid partner_id.");
    public static readonly ShopeeError NoTimestamp = Param("no timestamp");
    public static readonly ShopeeError InvalidTimestamp = Param("Invalid timestamp");
    public static readonly ShopeeError TimestampExpired = Param("Timestamp is expired");
    public static readonly ShopeeError NoSign = Param("There is no sign in query.");
    public static readonly ShopeeError NoAccessToken = Param("There is no access_token in query.");
    public static readonly ShopeeError NoShopId = Param("There is no shop_id in query.");
    public static readonly ShopeeError WrongSign = new("error_sign", "Wrong sign.", StatusCodes.Status403Forbidden);
    public static readonly ShopeeError InvalidAccessToken = new("error_auth", "Invalid access_token.", StatusCodes.Status403Forbidden);
    public static readonly ShopeeError InvalidCode = new("error_auth", "Invalid code", StatusCodes.Status403Forbidden);
    public static readonly ShopeeError InvalidRefreshToken = new("error_auth", "Invalid refresh_token.", StatusCodes.Status403Forbidden);
    public static readonly ShopeeError InvalidShop = new("error_shop", "shopid is invalid", StatusCodes.Status400BadRequest);
    public static readonly ShopeeError RateLimited = new("error_rate_limit", "Too many requests", StatusCodes.Status429TooManyRequests);
    public static readonly ShopeeError Server = new("error_server", "System error. Please try again later.", StatusCodes.Status500InternalServerError);
    public static readonly ShopeeError OrderListInvalidTime = new(
        "order.order_list_invalid_time", "Start time must be earlier than end time and diff in 15days.", StatusCodes.Status400BadRequest);

    public static readonly ShopeeError ItemNotFound = new("product.error_item_not_found", "Item not found.", StatusCodes.Status400BadRequest);
    public static readonly ShopeeError OrderNotFound = new("error_not_found", "Order not found.", StatusCodes.Status400BadRequest);
    public static readonly ShopeeError OrderStatus = new("logistics.order_status_error", "The order status does not allow this operation.", StatusCodes.Status400BadRequest);

    /// <summary>Shopee's generic form: "Wrong parameters, detail: {msg}."</summary>
    public static ShopeeError WrongParameters(string detail) => Param($"Wrong parameters, detail: {detail}.");

    private static ShopeeError Param(string message) => new("error_param", message, StatusCodes.Status400BadRequest);
}
