namespace CommerceHub.LiveConsole.Localization;

public static partial class UiTexts
{
    public static UiText Vi => field ??= new()
    {
        Code = "vi", LanguageName = "Tiếng Việt", AppTitle = "Bảng điều khiển livestream", SignIn = "Đăng nhập", SignOut = "Đăng xuất",
        Email = "E-mail", Password = "Mật khẩu", WrongCredentials = "E-mail hoặc mật khẩu không đúng.",
        HubUnreachable = "Không kết nối được tới hub. Vui lòng thử lại sau.",
        NotAHost = "Bảng điều khiển này dành cho người dẫn livestream, quản trị viên và nhân viên kho của nhà bán hàng.",
        Language = "Ngôn ngữ", Sessions = "Phiên livestream", NoSessions = "Chưa có phiên nào.", NewSession = "Phiên mới",
        SessionTitle = "Tiêu đề", Channels = "Kênh", Lineup = "Danh sách sản phẩm", Create = "Tạo", Open = "Mở",
        Start = "Bắt đầu live", End = "Kết thúc phiên", Scheduled = "Đã lên lịch", Live = "Đang live", Ended = "Đã kết thúc",
        Remaining = "Còn lại", Sold = "Đã bán", Revenue = "Doanh thu", RevenueCny = "Doanh thu (CNY)", SoldOut = "Hết hàng",
        LowStock = "Sắp hết hàng", Pin = "Ghim", Pinned = "Đã ghim", FlashSale = "Flash sale", StartFlashSale = "Bắt đầu flash sale",
        CountdownSeconds = "Đếm ngược (giây)", DurationMinutes = "Thời lượng (phút)", StartsIn = "Bắt đầu sau", EndsIn = "Kết thúc sau",
        FlashSaleOver = "Flash sale đã kết thúc", Orders = "Đơn hàng", NoOrdersYet = "Chưa có đơn hàng.", Alerts = "Cảnh báo",
        NoAlerts = "Không có cảnh báo.", AlertLow = "{0} sắp hết: còn {1}", AlertSoldOut = "{0} đã hết hàng trên mọi kênh", AlertSaleSoldOut = "Flash sale {0} đã hết suất: còn {1} ở giá thường",
        AlertRefused = "Không giữ được hàng {0} cho đơn trên {1}", SalesOverTime = "Doanh số trong phiên",
        OverlayLink = "Liên kết overlay cho OBS", Back = "Quay lại", Loading = "Đang tải…", Connected = "Đã kết nối",
        Reconnecting = "Đang kết nối lại…", Disconnected = "Mất kết nối", ActionFailed = "Hub từ chối: {0}",
        NotFound = "Không tìm thấy.", Price = "Giá", OverlayExpired = "Liên kết overlay không hợp lệ hoặc đã hết hạn.",
        Currency = "Tiền tệ", Refused = "Bị từ chối", MinutesShort = "phút",
        Summary = "Tổng kết phiên", ViewSummary = "Xem tổng kết", UnitsSold = "Số lượng đã bán",
        RefusedOrders = "Đơn bị từ chối", SoldPerProduct = "Bán theo sản phẩm", SoldPerChannel = "Bán theo kênh",
        BestMinutes = "Những phút bán chạy nhất", Product = "Sản phẩm", Channel = "Kênh", Units = "Số lượng", Minute = "Phút",
        NoSales = "Phiên này chưa bán được gì.",
        Board = BoardTexts.Vi,
    };
}
