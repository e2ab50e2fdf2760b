using CommerceHub.HubApi.Features.Warehouses;

namespace CommerceHub.HubApi.SampleData;

/// <summary>The park's border warehouses: reference data every hub starts with.</summary>
public static class BorderWarehouses
{
    public static IReadOnlyList<Warehouse> All() =>
    [
        new() { Code = "PXG", Name = "Pingxiang Youyiguan border warehouse", City = "Pingxiang", CustomsCode = "7208",
            Destinations = ["VN"], TransportModes = ["road", "rail"],
            Notes = "Road to Hữu Nghị (Lạng Sơn); rail via Đồng Đăng on dual-gauge track." },
        new() { Code = "DXG", Name = "Dongxing border warehouse", City = "Dongxing", CustomsCode = "7207",
            Destinations = ["VN"], TransportModes = ["road"], Notes = "Beilun River bridge to Móng Cái." },
        new() { Code = "HKO", Name = "Hekou border warehouse", City = "Hekou", CustomsCode = "8613",
            Destinations = ["VN"], TransportModes = ["road", "rail"],
            Notes = "To Lào Cai; rail cargo changes from standard to metre gauge at Hekou North." },
        new() { Code = "HRG", Name = "Horgos border warehouse", City = "Horgos", CustomsCode = "9402",
            Destinations = ["KZ", "RU"], TransportModes = ["road", "rail"], Notes = "TIR road transit; 1,520 mm rail beyond the border." },
        new() { Code = "ERN", Name = "Erenhot border warehouse", City = "Erenhot", CustomsCode = "0702",
            Destinations = ["MN", "RU"], TransportModes = ["road", "rail"], Notes = "Bogie exchange or transshipment to 1,520 mm gauge." },
    ];
}
