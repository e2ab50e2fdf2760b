using CommerceHub.Customs.Consignments;
using CommerceHub.Customs.Modes;
using CommerceHub.Customs.Tests.Support;
using static CommerceHub.Customs.Tests.Support.Sample;

namespace CommerceHub.Customs.Tests;

public sealed class ModeRulesTests
{
    private static ModeDecision Decide(Consignment c) => ModeRules.Default.Decide(c);

    [Fact]
    public void Decide_ConsumerParcelUnderCap_Is9610WithOrderTypeE()
    {
        var decision = Decide(Parcel());
        Assert.Equal((DeclarationMode.Retail9610, "9610", "E"), (decision.Mode, decision.TradeMode, decision.OrderType));
    }

    [Fact]
    public void Decide_ForeignCompany_Is9710WithOrderTypeB()
    {
        var decision = Decide(B2B());
        Assert.Equal((DeclarationMode.B2BDirect9710, "9710", "B"), (decision.Mode, decision.TradeMode, decision.OrderType));
    }

    [Fact]
    public void Decide_OverseasWarehouseWithBooking_Is9810()
    {
        var decision = Decide(Warehouse());
        Assert.Equal((DeclarationMode.OverseasWarehouse9810, "9810"), (decision.Mode, decision.TradeMode));
    }

    [Fact]
    public void Decide_FromBondedZoneWithZoneFields_Is1210()
    {
        var decision = Decide(Bonded());
        Assert.Equal((DeclarationMode.Bonded1210, "1210"), (decision.Mode, decision.TradeMode));
    }

    [Fact]
    public void Decide_ParcelAtExactlyTheCap_Is9610()
    {
        Assert.Equal(DeclarationMode.Retail9610, Decide(Parcel(Tea(quantity: 10, price: 500))).Mode);
    }

    [Fact]
    public void Decide_ParcelOverTheCap_GoesToBrokerWithTheValue()
    {
        var decision = Decide(Parcel(Tea(quantity: 10, price: 500), Phone(price: 0.01m)));
        Assert.True(decision.NeedsBroker);
        Assert.Equal(ModeRules.BrokerRule, decision.Rule);
        Assert.Contains(decision.Reasons, r => r.StartsWith("9610 ruled out", StringComparison.Ordinal) && r.Contains("5,000.01 CNY", StringComparison.Ordinal));
        Assert.Null(decision.TradeMode);
    }

    [Theory]
    [InlineData("licence", "export licence")]
    [InlineData("inspection", "statutory inspection")]
    [InlineData("duty", "export duty")]
    public void Decide_RegulatedGoods_GoToBroker(string what, string reason)
    {
        var parcel = what switch
        {
            "licence" => Parcel() with { NeedsLicence = true },
            "inspection" => Parcel() with { NeedsInspection = true },
            _ => Parcel() with { DutyPayable = true },
        };
        var decision = Decide(parcel);
        Assert.True(decision.NeedsBroker);
        Assert.Contains(decision.Reasons, r => r.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Decide_B2BOverTheCap_GoesToBroker()
    {
        var decision = Decide(B2B() with { Lines = [Tea(quantity: 100, price: 60)] });
        Assert.True(decision.NeedsBroker);
        Assert.Contains(decision.Reasons, r => r.StartsWith("9710 ruled out", StringComparison.Ordinal) && r.Contains("per shipment", StringComparison.Ordinal));
    }

    [Fact]
    public void Decide_WarehouseWithoutBooking_GoesToBroker()
    {
        var decision = Decide(Warehouse() with { OverseasWarehouseBooking = " " });
        Assert.True(decision.NeedsBroker);
        Assert.Contains("9810 ruled out: no overseas warehouse booking number", decision.Reasons);
    }

    [Fact]
    public void Decide_BondedWithoutZoneData_GoesToBroker()
    {
        var decision = Decide(Bonded() with { BondedZone = null });
        Assert.True(decision.NeedsBroker);
        Assert.Contains(decision.Reasons, r => r.StartsWith("1210 ruled out", StringComparison.Ordinal) && r.Contains("emsNo", StringComparison.Ordinal));
    }

    [Fact]
    public void Decide_BondedLineWithoutAccountItem_GoesToBroker()
    {
        var decision = Decide(Bonded() with { Lines = [Tea() with { ItemRecordNo = "7219-0001" }, Phone()] });
        Assert.True(decision.NeedsBroker);
        Assert.Contains(decision.Reasons, r => r.Contains("item PH-9 has no bonded account item number", StringComparison.Ordinal));
    }

    [Fact]
    public void Decide_ShortHsCode_GoesToBroker()
    {
        var decision = Decide(Parcel(Tea() with { HsCode = "090230" }));
        Assert.True(decision.NeedsBroker);
        Assert.Contains(decision.Reasons, r => r.Contains("'090230'", StringComparison.Ordinal));
    }

    [Fact]
    public void Decide_DestinationChina_GoesToBroker()
    {
        Assert.True(Decide(Parcel() with { DestinationCountry = "142" }).NeedsBroker);
    }

    [Fact]
    public void Decide_TooManyLines_GoesToBroker()
    {
        var lines = Enumerable.Range(0, 101).Select(i => Tea(quantity: 1, price: 1) with { ItemNo = $"T{i}" }).ToArray();
        var decision = Decide(Parcel(lines));
        Assert.True(decision.NeedsBroker);
        Assert.Contains(decision.Reasons, r => r.Contains("101 goods lines", StringComparison.Ordinal));
    }

    [Fact]
    public void Decide_SeveralFailures_ListsEveryReason()
    {
        var decision = Decide(Parcel(Tea(quantity: 20, price: 500)) with { NeedsLicence = true, DutyPayable = true });
        Assert.Equal(3, decision.Reasons.Count);
    }

    [Fact]
    public void Describe_ListsEveryModeAndTheBrokerFallback()
    {
        var text = ModeRules.Default.Describe();
        foreach (var mode in new[] { "9610", "9710", "9810", "1210", ModeRules.BrokerRule })
        {
            Assert.Contains(mode, text, StringComparison.Ordinal);
        }
    }
}
