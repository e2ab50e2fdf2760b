using CommerceHub.HubApi.Contracts.Consignments;

namespace CommerceHub.LiveConsole.Localization;

public static partial class BoardTexts
{
    public static BoardText ZhCn => field ??= new()
    {
        Title = "仓库看板", ChooseWarehouse = "选择仓库", NoConsignments = "暂无货件。",
        ScanLabel = "扫描", ScanPlaceholder = "扫描标签或输入包裹号", Station = "站点",
        LoadRef = "装载单元（车辆、集装箱、车皮）", LoadRefNeeded = "装载扫描需要填写装载单元。", Submit = "提交",
        Parcel = "包裹号", CopNo = "清单编号", OrderNo = "订单",
        Destination = "目的国", Mode = "监管方式", Step = "当前步骤",
        SlaDue = "时限", Incidents = "异常", NoIncidents = "没有待处理的异常。",
        Retry = "重试", Skip = "跳过", CancelIncident = "取消流程",
        Resubmit = "重新申报", CancelConsignment = "取消货件", Timeline = "时间线",
        Receipts = "海关回执", NoReceipts = "暂无回执。", ModeReasons = "选择依据",
        Route = "流程图", Goods = "商品", Label = "面单",
        Print = "打印", Close = "关闭", Resolved = "已处理",
        Stages = new Dictionary<ConsignmentStage, string>
        {
            [ConsignmentStage.AwaitingInbound] = "待入库",
            [ConsignmentStage.InWarehouse] = "在库",
            [ConsignmentStage.Declaring] = "申报中",
            [ConsignmentStage.Rejected] = "已退单",
            [ConsignmentStage.ManualReview] = "人工审核",
            [ConsignmentStage.Inspection] = "查验",
            [ConsignmentStage.Released] = "已放行",
            [ConsignmentStage.Loaded] = "已装载",
            [ConsignmentStage.Departed] = "已出境",
            [ConsignmentStage.HandedOver] = "已交接",
            [ConsignmentStage.Delivered] = "已妥投",
            [ConsignmentStage.Detained] = "扣留",
            [ConsignmentStage.Returned] = "退运",
            [ConsignmentStage.BrokerDeclaration] = "报关行申报",
            [ConsignmentStage.Cancelled] = "已取消",
        },
        Stations = new Dictionary<string, string>
        {
            [ScanStations.Inbound] = "入库",
            [ScanStations.Pack] = "拣货打包",
            [ScanStations.Inspection] = "查验",
            [ScanStations.Load] = "装载",
            [ScanStations.Depart] = "出境",
            [ScanStations.Handover] = "交接",
            [ScanStations.Deliver] = "妥投",
        },
        ScanOutcomes = new Dictionary<string, string>
        {
            ["resumed"] = "已处理：流程已推进",
            ["duplicate"] = "重复扫描：未作更改",
            ["parked"] = "已暂存：流程到达该站点时生效",
            ["unknown"] = "未知包裹",
        },
        Kinds = new Dictionary<string, string>
        {
            ["scan"] = "扫描",
            ["customs-sent"] = "已发送海关",
            ["receipt"] = "海关回执",
            ["step"] = "步骤",
            ["incident"] = "异常",
            ["sla"] = "时限",
            ["compensation"] = "撤销",
        },
        ReceiptCodes = new Dictionary<string, string>
        {
            ["120"] = "海关入库",
            ["100"] = "海关退单",
            ["300"] = "人工审核",
            ["399"] = "海关审结",
            ["500"] = "查验",
            ["501"] = "扣留移送通关",
            ["502"] = "扣留移送缉私",
            ["503"] = "扣留移送法规",
            ["599"] = "其它扣留",
            ["700"] = "退运",
            ["800"] = "放行",
            ["899"] = "结关",
        },
    };
}
