namespace CommerceHub.LiveConsole.Localization;

public static partial class UiTexts
{
    public static UiText Ru => field ??= new()
    {
        Code = "ru", LanguageName = "Русский", AppTitle = "Пульт эфира", SignIn = "Войти", SignOut = "Выйти",
        Email = "Эл. почта", Password = "Пароль", WrongCredentials = "Неверный адрес эл. почты или пароль.",
        HubUnreachable = "Хаб недоступен. Повторите попытку чуть позже.",
        NotAHost = "Пульт предназначен для ведущих, администраторов и складских сотрудников продавца.",
        Language = "Язык", Sessions = "Эфиры", NoSessions = "Эфиров пока нет.", NewSession = "Новый эфир",
        SessionTitle = "Название", Channels = "Каналы", Lineup = "Товары эфира", Create = "Создать", Open = "Открыть",
        Start = "Начать эфир", End = "Завершить эфир", Scheduled = "Запланирован", Live = "В эфире", Ended = "Завершён",
        Remaining = "Осталось", Sold = "Продано", Revenue = "Выручка", RevenueCny = "Выручка в CNY", SoldOut = "Распродано",
        LowStock = "Заканчивается", Pin = "Закрепить", Pinned = "Закреплён", FlashSale = "Флеш-распродажа", StartFlashSale = "Запустить флеш-распродажу",
        CountdownSeconds = "Отсчёт (с)", DurationMinutes = "Длительность (мин)", StartsIn = "Начало через", EndsIn = "Конец через",
        FlashSaleOver = "Флеш-распродажа завершена", Orders = "Заказы", NoOrdersYet = "Заказов пока нет.", Alerts = "Оповещения",
        NoAlerts = "Оповещений нет.", AlertLow = "{0} заканчивается: осталось {1}", AlertSoldOut = "{0} распродан на всех каналах", AlertSaleSoldOut = "Флеш-распродажа {0} раскуплена: осталось {1} по обычной цене",
        AlertRefused = "Не удалось зарезервировать {0} для заказа на {1}", SalesOverTime = "Продажи за эфир",
        OverlayLink = "Ссылка на оверлей для OBS", Back = "Назад", Loading = "Загрузка…", Connected = "На связи",
        Reconnecting = "Переподключение…", Disconnected = "Нет связи", ActionFailed = "Хаб отказал: {0}",
        NotFound = "Не найдено.", Price = "Цена", OverlayExpired = "Ссылка на оверлей недействительна или устарела.",
        Currency = "Валюта", Refused = "Отклонён", MinutesShort = "мин",
        Summary = "Итоги эфира", ViewSummary = "Открыть итоги", UnitsSold = "Продано штук", RefusedOrders = "Отклонённые заказы",
        SoldPerProduct = "Продажи по товарам", SoldPerChannel = "Продажи по каналам", BestMinutes = "Лучшие минуты",
        Product = "Товар", Channel = "Канал", Units = "Штук", Minute = "Минута", NoSales = "В этом эфире продаж не было.",
        Board = BoardTexts.Ru,
    };
}
