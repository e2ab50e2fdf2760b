using CommerceHub.HubApi.Contracts.Consignments;

namespace CommerceHub.LiveConsole.Localization;

public static partial class BoardTexts
{
    public static BoardText Kk => field ??= new()
    {
        Title = "Қойма тақтасы", ChooseWarehouse = "Қойманы таңдаңыз", NoConsignments = "Әзірге жөнелтілім жоқ.",
        ScanLabel = "Сканерлеу", ScanPlaceholder = "Жапсырманы сканерлеңіз немесе сәлемдеме нөмірін енгізіңіз", Station = "Бекет",
        LoadRef = "Тиеу бірлігі (жүк көлігі, контейнер, вагон)", LoadRefNeeded = "Тиеу сканері үшін тиеу бірлігін көрсетіңіз.", Submit = "Жіберу",
        Parcel = "Сәлемдеме", CopNo = "Тізім нөмірі", OrderNo = "Тапсырыс",
        Destination = "Баратын жері", Mode = "Кеден режимі", Step = "Қадам",
        SlaDue = "Мерзімі", Incidents = "Оқиғалар", NoIncidents = "Ашық оқиға жоқ.",
        Retry = "Қайталау", Skip = "Өткізіп жіберу", CancelIncident = "Маршрутты тоқтату",
        Resubmit = "Қайта тапсыру", CancelConsignment = "Жөнелтілімнен бас тарту", Timeline = "Хронология",
        Receipts = "Кеден жауаптары", NoReceipts = "Әзірге жауап жоқ.", ModeReasons = "Неге бұл режим",
        Route = "Маршрут", Goods = "Тауарлар", Label = "Жапсырма",
        Print = "Басып шығару", Close = "Жабу", Resolved = "Шешілді",
        Stages = new Dictionary<ConsignmentStage, string>
        {
            [ConsignmentStage.AwaitingInbound] = "Қабылдауды күтуде",
            [ConsignmentStage.InWarehouse] = "Қоймада",
            [ConsignmentStage.Declaring] = "Декларациялануда",
            [ConsignmentStage.Rejected] = "Қабылданбады",
            [ConsignmentStage.ManualReview] = "Қолмен тексеру",
            [ConsignmentStage.Inspection] = "Тексеріп қарау",
            [ConsignmentStage.Released] = "Шығарылды",
            [ConsignmentStage.Loaded] = "Тиелді",
            [ConsignmentStage.Departed] = "Шекарадан өтті",
            [ConsignmentStage.HandedOver] = "Тасымалдаушыға берілді",
            [ConsignmentStage.Delivered] = "Жеткізілді",
            [ConsignmentStage.Detained] = "Ұсталды",
            [ConsignmentStage.Returned] = "Қайтарылды",
            [ConsignmentStage.BrokerDeclaration] = "Брокер арқылы декларация",
            [ConsignmentStage.Cancelled] = "Болдырылмады",
        },
        Stations = new Dictionary<string, string>
        {
            [ScanStations.Inbound] = "Қабылдау",
            [ScanStations.Pack] = "Орау және таңбалау",
            [ScanStations.Inspection] = "Тексеріп қарау",
            [ScanStations.Load] = "Тиеу",
            [ScanStations.Depart] = "Жөнелту",
            [ScanStations.Handover] = "Тапсыру",
            [ScanStations.Deliver] = "Жеткізу",
        },
        ScanOutcomes = new Dictionary<string, string>
        {
            ["resumed"] = "Дайын: маршрут алға жылжыды",
            ["duplicate"] = "Бұрын сканерленген: өзгеріс жоқ",
            ["parked"] = "Кейінге қалдырылды: маршрут осы бекетке жеткенде есептеледі",
            ["unknown"] = "Белгісіз сәлемдеме",
        },
        Kinds = new Dictionary<string, string>
        {
            ["scan"] = "Сканерлеу",
            ["customs-sent"] = "Кеденге жіберілді",
            ["receipt"] = "Кеден жауабы",
            ["step"] = "Қадам",
            ["incident"] = "Оқиға",
            ["sla"] = "Мерзім",
            ["compensation"] = "Кері қайтару",
        },
        ReceiptCodes = new Dictionary<string, string>
        {
            ["120"] = "Кеден қабылдады",
            ["100"] = "Кеден қайтарды",
            ["300"] = "Қолмен тексеру",
            ["399"] = "Мақұлданды",
            ["500"] = "Тексеріп қарау",
            ["501"] = "Ұсталды: ресімдеуге берілді",
            ["502"] = "Ұсталды: контрабандаға қарсы бөлімге берілді",
            ["503"] = "Ұсталды: құқықтық бөлімге берілді",
            ["599"] = "Ұсталды: басқа",
            ["700"] = "Қайтарылды",
            ["800"] = "Шығарылды",
            ["899"] = "Ресімдеу аяқталды",
        },
    };
}
