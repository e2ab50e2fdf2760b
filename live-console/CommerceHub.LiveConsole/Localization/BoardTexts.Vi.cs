using CommerceHub.HubApi.Contracts.Consignments;

namespace CommerceHub.LiveConsole.Localization;

public static partial class BoardTexts
{
    public static BoardText Vi => field ??= new()
    {
        Title = "Bảng điều phối kho", ChooseWarehouse = "Chọn kho", NoConsignments = "Chưa có lô hàng nào.",
        ScanLabel = "Quét", ScanPlaceholder = "Quét nhãn hoặc nhập mã kiện", Station = "Trạm",
        LoadRef = "Chuyến (xe tải, container, toa)", LoadRefNeeded = "Quét xếp hàng cần mã chuyến.", Submit = "Gửi",
        Parcel = "Kiện hàng", CopNo = "Số tờ khai", OrderNo = "Đơn hàng",
        Destination = "Điểm đến", Mode = "Phương thức hải quan", Step = "Bước",
        SlaDue = "Hạn", Incidents = "Sự cố", NoIncidents = "Không có sự cố đang mở.",
        Retry = "Thử lại", Skip = "Bỏ qua", CancelIncident = "Hủy quy trình",
        Resubmit = "Khai báo lại", CancelConsignment = "Hủy lô hàng", Timeline = "Dòng thời gian",
        Receipts = "Phản hồi hải quan", NoReceipts = "Chưa có phản hồi.", ModeReasons = "Lý do chọn phương thức",
        Route = "Quy trình", Goods = "Hàng hóa", Label = "Nhãn",
        Print = "In", Close = "Đóng", Resolved = "Đã xử lý",
        Stages = new Dictionary<ConsignmentStage, string>
        {
            [ConsignmentStage.AwaitingInbound] = "Chờ nhập kho",
            [ConsignmentStage.InWarehouse] = "Trong kho",
            [ConsignmentStage.Declaring] = "Đang khai báo",
            [ConsignmentStage.Rejected] = "Bị từ chối",
            [ConsignmentStage.ManualReview] = "Kiểm tra thủ công",
            [ConsignmentStage.Inspection] = "Kiểm hóa",
            [ConsignmentStage.Released] = "Đã thông quan",
            [ConsignmentStage.Loaded] = "Đã xếp hàng",
            [ConsignmentStage.Departed] = "Đã xuất cảnh",
            [ConsignmentStage.HandedOver] = "Đã bàn giao",
            [ConsignmentStage.Delivered] = "Đã giao",
            [ConsignmentStage.Detained] = "Bị tạm giữ",
            [ConsignmentStage.Returned] = "Trả hàng",
            [ConsignmentStage.BrokerDeclaration] = "Khai báo qua đại lý",
            [ConsignmentStage.Cancelled] = "Đã hủy",
        },
        Stations = new Dictionary<string, string>
        {
            [ScanStations.Inbound] = "Nhập kho",
            [ScanStations.Pack] = "Đóng gói & dán nhãn",
            [ScanStations.Inspection] = "Kiểm hóa",
            [ScanStations.Load] = "Xếp hàng",
            [ScanStations.Depart] = "Xuất cảnh",
            [ScanStations.Handover] = "Bàn giao",
            [ScanStations.Deliver] = "Giao hàng",
        },
        ScanOutcomes = new Dictionary<string, string>
        {
            ["resumed"] = "Xong: quy trình đã chuyển tiếp",
            ["duplicate"] = "Đã quét trước đó: không thay đổi",
            ["parked"] = "Đã lưu chờ: sẽ tính khi quy trình đến trạm này",
            ["unknown"] = "Kiện hàng không xác định",
        },
        Kinds = new Dictionary<string, string>
        {
            ["scan"] = "Quét",
            ["customs-sent"] = "Đã gửi hải quan",
            ["receipt"] = "Phản hồi hải quan",
            ["step"] = "Bước",
            ["incident"] = "Sự cố",
            ["sla"] = "Hạn xử lý",
            ["compensation"] = "Hoàn tác",
        },
        ReceiptCodes = new Dictionary<string, string>
        {
            ["120"] = "Hải quan đã tiếp nhận",
            ["100"] = "Hải quan từ chối",
            ["300"] = "Kiểm tra thủ công",
            ["399"] = "Đã thông qua",
            ["500"] = "Kiểm hóa",
            ["501"] = "Tạm giữ: chuyển thông quan",
            ["502"] = "Tạm giữ: chuyển chống buôn lậu",
            ["503"] = "Tạm giữ: chuyển pháp chế",
            ["599"] = "Tạm giữ: lý do khác",
            ["700"] = "Trả hàng",
            ["800"] = "Thông quan",
            ["899"] = "Kết thúc thủ tục",
        },
    };
}
