namespace CommerceHub.LiveConsole.Localization;

public static partial class UiTexts
{
    public static UiText Kk => field ??= new()
    {
        Code = "kk", LanguageName = "Қазақша", AppTitle = "Тікелей эфир пульті", SignIn = "Кіру", SignOut = "Шығу",
        Email = "Эл. пошта", Password = "Құпиясөз", WrongCredentials = "Эл. пошта немесе құпиясөз қате.",
        HubUnreachable = "Хабқа қосылу мүмкін емес. Сәлден соң қайталаңыз.",
        NotAHost = "Бұл пульт сатушының жүргізушілеріне, әкімшілеріне және қойма қызметкерлеріне арналған.",
        Language = "Тіл", Sessions = "Эфирлер", NoSessions = "Әзірге эфир жоқ.", NewSession = "Жаңа эфир",
        SessionTitle = "Атауы", Channels = "Арналар", Lineup = "Эфир тауарлары", Create = "Құру", Open = "Ашу",
        Start = "Эфирді бастау", End = "Эфирді аяқтау", Scheduled = "Жоспарланған", Live = "Эфирде", Ended = "Аяқталған",
        Remaining = "Қалды", Sold = "Сатылды", Revenue = "Түсім", RevenueCny = "Түсім (CNY)", SoldOut = "Сатылып бітті",
        LowStock = "Таусылуға жақын", Pin = "Бекіту", Pinned = "Бекітілген", FlashSale = "Флеш-сауда", StartFlashSale = "Флеш-сауданы бастау",
        CountdownSeconds = "Кері санақ (с)", DurationMinutes = "Ұзақтығы (мин)", StartsIn = "Басталуына", EndsIn = "Аяқталуына",
        FlashSaleOver = "Флеш-сауда аяқталды", Orders = "Тапсырыстар", NoOrdersYet = "Әзірге тапсырыс жоқ.", Alerts = "Ескертулер",
        NoAlerts = "Ескерту жоқ.", AlertLow = "{0} таусылуға жақын: {1} қалды", AlertSoldOut = "{0} барлық арналарда сатылып бітті", AlertSaleSoldOut = "{0} флеш-сатылымы бітті: қалыпты бағамен {1} қалды",
        AlertRefused = "{1} арнасындағы тапсырысқа {0} брондалмады", SalesOverTime = "Эфир бойындағы сатылым",
        OverlayLink = "OBS үшін оверлей сілтемесі", Back = "Артқа", Loading = "Жүктелуде…", Connected = "Байланыста",
        Reconnecting = "Қайта қосылуда…", Disconnected = "Байланыс жоқ", ActionFailed = "Хаб бас тартты: {0}",
        NotFound = "Табылмады.", Price = "Бағасы", OverlayExpired = "Оверлей сілтемесі жарамсыз немесе мерзімі өткен.",
        Currency = "Валюта", Refused = "Қабылданбады", MinutesShort = "мин",
        Summary = "Эфир қорытындысы", ViewSummary = "Қорытындыны көру", UnitsSold = "Сатылған дана",
        RefusedOrders = "Қабылданбаған тапсырыстар", SoldPerProduct = "Тауарлар бойынша сату",
        SoldPerChannel = "Арналар бойынша сату", BestMinutes = "Үздік минуттар", Product = "Тауар", Channel = "Арна",
        Units = "Дана", Minute = "Минут", NoSales = "Бұл эфирде сату болған жоқ.",
        Board = BoardTexts.Kk,
    };
}
