namespace CommerceHub.LiveConsole.Localization;

public static partial class UiTexts
{
    public static UiText Th => field ??= new()
    {
        Code = "th", LanguageName = "ไทย", AppTitle = "คอนโซลไลฟ์สด", SignIn = "เข้าสู่ระบบ", SignOut = "ออกจากระบบ",
        Email = "อีเมล", Password = "รหัสผ่าน", WrongCredentials = "อีเมลหรือรหัสผ่านไม่ถูกต้อง",
        HubUnreachable = "ไม่สามารถเชื่อมต่อกับฮับได้ โปรดลองอีกครั้งในภายหลัง",
        NotAHost = "คอนโซลนี้สำหรับโฮสต์ ผู้ดูแล และพนักงานคลังสินค้าของร้านค้าเท่านั้น",
        Language = "ภาษา", Sessions = "รอบไลฟ์", NoSessions = "ยังไม่มีรอบไลฟ์", NewSession = "รอบไลฟ์ใหม่",
        SessionTitle = "ชื่อ", Channels = "ช่องทาง", Lineup = "รายการสินค้า", Create = "สร้าง", Open = "เปิด",
        Start = "เริ่มไลฟ์", End = "จบไลฟ์", Scheduled = "ตั้งเวลาแล้ว", Live = "กำลังไลฟ์", Ended = "จบแล้ว",
        Remaining = "คงเหลือ", Sold = "ขายแล้ว", Revenue = "ยอดขาย", RevenueCny = "ยอดขาย (CNY)", SoldOut = "สินค้าหมด",
        LowStock = "สินค้าใกล้หมด", Pin = "ปักหมุด", Pinned = "ปักหมุดแล้ว", FlashSale = "แฟลชเซล", StartFlashSale = "เริ่มแฟลชเซล",
        CountdownSeconds = "นับถอยหลัง (วินาที)", DurationMinutes = "ระยะเวลา (นาที)", StartsIn = "เริ่มใน", EndsIn = "สิ้นสุดใน",
        FlashSaleOver = "แฟลชเซลจบแล้ว", Orders = "คำสั่งซื้อ", NoOrdersYet = "ยังไม่มีคำสั่งซื้อ", Alerts = "การแจ้งเตือน",
        NoAlerts = "ไม่มีการแจ้งเตือน", AlertLow = "{0} ใกล้หมด: เหลือ {1}", AlertSoldOut = "{0} หมดทุกช่องทางแล้ว", AlertSaleSoldOut = "แฟลชเซล {0} หมดแล้ว: เหลือ {1} ในราคาปกติ",
        AlertRefused = "จองสินค้า {0} ให้คำสั่งซื้อบน {1} ไม่ได้", SalesOverTime = "ยอดขายตลอดรอบไลฟ์",
        OverlayLink = "ลิงก์โอเวอร์เลย์สำหรับ OBS", Back = "กลับ", Loading = "กำลังโหลด…", Connected = "เชื่อมต่อแล้ว",
        Reconnecting = "กำลังเชื่อมต่อใหม่…", Disconnected = "ขาดการเชื่อมต่อ", ActionFailed = "ฮับปฏิเสธ: {0}",
        NotFound = "ไม่พบ", Price = "ราคา", OverlayExpired = "ลิงก์โอเวอร์เลย์ไม่ถูกต้องหรือหมดอายุแล้ว",
        Currency = "สกุลเงิน", Refused = "ถูกปฏิเสธ", MinutesShort = "นาที",
        Summary = "สรุปไลฟ์", ViewSummary = "ดูสรุป", UnitsSold = "จำนวนที่ขายได้", RefusedOrders = "คำสั่งซื้อที่ถูกปฏิเสธ",
        SoldPerProduct = "ยอดขายตามสินค้า", SoldPerChannel = "ยอดขายตามช่องทาง", BestMinutes = "นาทีที่ขายดีที่สุด",
        Product = "สินค้า", Channel = "ช่องทาง", Units = "จำนวน", Minute = "นาที", NoSales = "ไลฟ์นี้ยังไม่มียอดขาย",
        Board = BoardTexts.Th,
    };
}
