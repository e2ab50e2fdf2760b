using System.Text.Json;
using System.Text.Json.Serialization;
using CommerceHub.HubApi.Contracts.Orders;
using CommerceHub.HubApi.Contracts.Stock;

namespace CommerceHub.HubApi.Features.LiveSessions;

/// <summary>The pub/sub messages the live relay reads and the live index it keeps in Redis; enums as names, as published.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(List<OrderEvent>))]
[JsonSerializable(typeof(List<StockEvent>))]
[JsonSerializable(typeof(ActiveSession))]
public sealed partial class LiveJsonContext : JsonSerializerContext;
