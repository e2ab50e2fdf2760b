using System.Text.Json;
using System.Text.Json.Serialization;
using CommerceHub.HubApi.Contracts.Stock;

namespace CommerceHub.Inventory.Events;

/// <summary>Wire format of the pub/sub messages; enums as names so the live console can read them as they are.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(StockEvent))]
[JsonSerializable(typeof(List<StockEvent>))]
[JsonSerializable(typeof(ChannelQuantityChanged))]
public sealed partial class InventoryJsonContext : JsonSerializerContext;
