namespace CommerceHub.LiveConsole.Localization;

public static partial class UiTexts
{
    public static UiText ZhCn => field ??= new()
    {
        Code = "zh-CN", LanguageName = "简体中文", AppTitle = "直播控制台", SignIn = "登录", SignOut = "退出",
        Email = "邮箱", Password = "密码", WrongCredentials = "邮箱或密码错误。",
        HubUnreachable = "无法连接到中台，请稍后重试。",
        NotAHost = "此控制台仅供商家的主播、管理员和仓库人员使用。",
        Language = "语言", Sessions = "直播场次", NoSessions = "暂无场次。", NewSession = "新建场次",
        SessionTitle = "标题", Channels = "渠道", Lineup = "商品清单", Create = "创建", Open = "打开",
        Start = "开播", End = "结束直播", Scheduled = "已排期", Live = "直播中", Ended = "已结束",
        Remaining = "剩余", Sold = "已售", Revenue = "销售额", RevenueCny = "销售额（人民币）", SoldOut = "已售罄",
        LowStock = "库存紧张", Pin = "置顶", Pinned = "已置顶", FlashSale = "限时秒杀", StartFlashSale = "开始秒杀",
        CountdownSeconds = "倒计时（秒）", DurationMinutes = "时长（分钟）", StartsIn = "距开始", EndsIn = "距结束",
        FlashSaleOver = "秒杀已结束", Orders = "订单", NoOrdersYet = "暂无订单。", Alerts = "提醒",
        NoAlerts = "暂无提醒。", AlertLow = "{0} 库存紧张：剩余 {1}", AlertSoldOut = "{0} 已在所有渠道售罄", AlertSaleSoldOut = "{0} 的秒杀库存已抢光：剩余 {1} 件按原价销售",
        AlertRefused = "{1} 上 {0} 的订单无法预占库存", SalesOverTime = "本场销售走势",
        OverlayLink = "OBS 叠加层链接", Back = "返回", Loading = "加载中…", Connected = "已连接",
        Reconnecting = "正在重连…", Disconnected = "已断开", ActionFailed = "中台拒绝：{0}",
        NotFound = "未找到。", Price = "价格", OverlayExpired = "此叠加层链接无效或已过期。",
        Currency = "币种", Refused = "已拒绝", MinutesShort = "分钟",
        Summary = "直播总结", ViewSummary = "查看总结", UnitsSold = "售出件数", RefusedOrders = "被拒订单", SoldPerProduct = "按商品销售",
        SoldPerChannel = "按渠道销售", BestMinutes = "最佳分钟", Product = "商品", Channel = "渠道", Units = "件数", Minute = "分钟",
        NoSales = "本场直播没有销售。",
        Board = BoardTexts.ZhCn,
    };
}
