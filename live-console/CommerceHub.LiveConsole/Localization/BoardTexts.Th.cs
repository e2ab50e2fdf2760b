using CommerceHub.HubApi.Contracts.Consignments;

namespace CommerceHub.LiveConsole.Localization;

public static partial class BoardTexts
{
    public static BoardText Th => field ??= new()
    {
        Title = "บอร์ดคลังสินค้า", ChooseWarehouse = "เลือกคลังสินค้า", NoConsignments = "ยังไม่มีรายการส่งสินค้า",
        ScanLabel = "สแกน", ScanPlaceholder = "สแกนฉลากหรือพิมพ์หมายเลขพัสดุ", Station = "จุดสแกน",
        LoadRef = "หน่วยบรรทุก (รถบรรทุก ตู้คอนเทนเนอร์ ตู้รถไฟ)", LoadRefNeeded = "การสแกนบรรทุกต้องระบุหน่วยบรรทุก", Submit = "ส่ง",
        Parcel = "พัสดุ", CopNo = "เลขที่บัญชีรายการ", OrderNo = "คำสั่งซื้อ",
        Destination = "ปลายทาง", Mode = "รูปแบบพิธีการ", Step = "ขั้นตอน",
        SlaDue = "กำหนด", Incidents = "เหตุขัดข้อง", NoIncidents = "ไม่มีเหตุขัดข้องที่ค้างอยู่",
        Retry = "ลองใหม่", Skip = "ข้าม", CancelIncident = "ยกเลิกขั้นตอน",
        Resubmit = "ยื่นใหม่", CancelConsignment = "ยกเลิกรายการส่ง", Timeline = "ลำดับเหตุการณ์",
        Receipts = "ใบตอบรับศุลกากร", NoReceipts = "ยังไม่มีใบตอบรับ", ModeReasons = "เหตุผลของรูปแบบ",
        Route = "เส้นทาง", Goods = "สินค้า", Label = "ฉลาก",
        Print = "พิมพ์", Close = "ปิด", Resolved = "แก้ไขแล้ว",
        Stages = new Dictionary<ConsignmentStage, string>
        {
            [ConsignmentStage.AwaitingInbound] = "รอรับเข้าคลัง",
            [ConsignmentStage.InWarehouse] = "อยู่ในคลัง",
            [ConsignmentStage.Declaring] = "กำลังสำแดง",
            [ConsignmentStage.Rejected] = "ถูกปฏิเสธ",
            [ConsignmentStage.ManualReview] = "ตรวจสอบโดยเจ้าหน้าที่",
            [ConsignmentStage.Inspection] = "ตรวจสินค้า",
            [ConsignmentStage.Released] = "ปล่อยแล้ว",
            [ConsignmentStage.Loaded] = "บรรทุกแล้ว",
            [ConsignmentStage.Departed] = "ออกจากด่านแล้ว",
            [ConsignmentStage.HandedOver] = "ส่งมอบแล้ว",
            [ConsignmentStage.Delivered] = "ส่งถึงแล้ว",
            [ConsignmentStage.Detained] = "ถูกกัก",
            [ConsignmentStage.Returned] = "ส่งกลับ",
            [ConsignmentStage.BrokerDeclaration] = "ยื่นผ่านตัวแทนออกของ",
            [ConsignmentStage.Cancelled] = "ยกเลิกแล้ว",
        },
        Stations = new Dictionary<string, string>
        {
            [ScanStations.Inbound] = "รับเข้าคลัง",
            [ScanStations.Pack] = "แพ็กและติดฉลาก",
            [ScanStations.Inspection] = "ตรวจสินค้า",
            [ScanStations.Load] = "บรรทุก",
            [ScanStations.Depart] = "ออกจากด่าน",
            [ScanStations.Handover] = "ส่งมอบ",
            [ScanStations.Deliver] = "ส่งถึง",
        },
        ScanOutcomes = new Dictionary<string, string>
        {
            ["resumed"] = "สำเร็จ: ขั้นตอนดำเนินต่อแล้ว",
            ["duplicate"] = "สแกนซ้ำ: ไม่มีการเปลี่ยนแปลง",
            ["parked"] = "พักไว้: จะนับเมื่อขั้นตอนมาถึงจุดนี้",
            ["unknown"] = "ไม่รู้จักพัสดุนี้",
        },
        Kinds = new Dictionary<string, string>
        {
            ["scan"] = "สแกน",
            ["customs-sent"] = "ส่งศุลกากรแล้ว",
            ["receipt"] = "ใบตอบรับศุลกากร",
            ["step"] = "ขั้นตอน",
            ["incident"] = "เหตุขัดข้อง",
            ["sla"] = "กำหนดเวลา",
            ["compensation"] = "ย้อนกลับ",
        },
        ReceiptCodes = new Dictionary<string, string>
        {
            ["120"] = "ศุลกากรรับเข้าระบบแล้ว",
            ["100"] = "ศุลกากรปฏิเสธ",
            ["300"] = "ตรวจสอบโดยเจ้าหน้าที่",
            ["399"] = "อนุมัติแล้ว",
            ["500"] = "ตรวจสินค้า",
            ["501"] = "กักไว้: ส่งพิธีการ",
            ["502"] = "กักไว้: ส่งปราบปรามการลักลอบ",
            ["503"] = "กักไว้: ส่งฝ่ายกฎหมาย",
            ["599"] = "กักไว้: อื่น ๆ",
            ["700"] = "ส่งกลับ",
            ["800"] = "ปล่อยสินค้าแล้ว",
            ["899"] = "ปิดพิธีการ",
        },
    };
}
