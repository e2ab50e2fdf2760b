using CommerceHub.HubApi.Contracts.Consignments;

namespace CommerceHub.LiveConsole.Localization;

public static partial class BoardTexts
{
    public static BoardText Ru => field ??= new()
    {
        Title = "Табло склада", ChooseWarehouse = "Выберите склад", NoConsignments = "Пока нет отправлений.",
        ScanLabel = "Скан", ScanPlaceholder = "Отсканируйте этикетку или введите номер посылки", Station = "Пункт",
        LoadRef = "Единица погрузки (грузовик, контейнер, вагон)", LoadRefNeeded = "Для погрузки укажите единицу погрузки.", Submit = "Отправить",
        Parcel = "Посылка", CopNo = "№ перечня", OrderNo = "Заказ",
        Destination = "Назначение", Mode = "Таможенный режим", Step = "Шаг",
        SlaDue = "Срок", Incidents = "Инциденты", NoIncidents = "Открытых инцидентов нет.",
        Retry = "Повторить", Skip = "Пропустить", CancelIncident = "Отменить маршрут",
        Resubmit = "Подать заново", CancelConsignment = "Отменить отправление", Timeline = "Хронология",
        Receipts = "Ответы таможни", NoReceipts = "Ответов пока нет.", ModeReasons = "Почему этот режим",
        Route = "Маршрут", Goods = "Товары", Label = "Этикетка",
        Print = "Печать", Close = "Закрыть", Resolved = "Решено",
        Stages = new Dictionary<ConsignmentStage, string>
        {
            [ConsignmentStage.AwaitingInbound] = "Ждёт приёмки",
            [ConsignmentStage.InWarehouse] = "На складе",
            [ConsignmentStage.Declaring] = "Декларируется",
            [ConsignmentStage.Rejected] = "Отклонено",
            [ConsignmentStage.ManualReview] = "Ручная проверка",
            [ConsignmentStage.Inspection] = "Досмотр",
            [ConsignmentStage.Released] = "Выпущено",
            [ConsignmentStage.Loaded] = "Погружено",
            [ConsignmentStage.Departed] = "Пересекло границу",
            [ConsignmentStage.HandedOver] = "Передано перевозчику",
            [ConsignmentStage.Delivered] = "Доставлено",
            [ConsignmentStage.Detained] = "Задержано",
            [ConsignmentStage.Returned] = "Возврат",
            [ConsignmentStage.BrokerDeclaration] = "Декларация через брокера",
            [ConsignmentStage.Cancelled] = "Отменено",
        },
        Stations = new Dictionary<string, string>
        {
            [ScanStations.Inbound] = "Приёмка",
            [ScanStations.Pack] = "Упаковка и маркировка",
            [ScanStations.Inspection] = "Досмотр",
            [ScanStations.Load] = "Погрузка",
            [ScanStations.Depart] = "Отправка",
            [ScanStations.Handover] = "Передача",
            [ScanStations.Deliver] = "Доставка",
        },
        ScanOutcomes = new Dictionary<string, string>
        {
            ["resumed"] = "Готово: маршрут продвинулся",
            ["duplicate"] = "Уже отсканировано: без изменений",
            ["parked"] = "Отложено: засчитается, когда маршрут дойдёт до этого пункта",
            ["unknown"] = "Неизвестная посылка",
        },
        Kinds = new Dictionary<string, string>
        {
            ["scan"] = "Скан",
            ["customs-sent"] = "Отправлено в таможню",
            ["receipt"] = "Ответ таможни",
            ["step"] = "Шаг",
            ["incident"] = "Инцидент",
            ["sla"] = "Срок",
            ["compensation"] = "Откат",
        },
        ReceiptCodes = new Dictionary<string, string>
        {
            ["120"] = "Принято таможней",
            ["100"] = "Отклонено таможней",
            ["300"] = "Ручная проверка",
            ["399"] = "Одобрено",
            ["500"] = "Досмотр",
            ["501"] = "Задержано: передано в оформление",
            ["502"] = "Задержано: передано в антиконтрабандный отдел",
            ["503"] = "Задержано: передано в правовой отдел",
            ["599"] = "Задержано: прочее",
            ["700"] = "Возврат",
            ["800"] = "Выпущено",
            ["899"] = "Оформление завершено",
        },
    };
}
