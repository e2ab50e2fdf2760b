using System.ComponentModel.DataAnnotations;

namespace CommerceHub.HubApi.Infrastructure.Redis;

public sealed class RedisOptions
{
    public const string Section = "Redis";

    /// <summary>An external Redis (production). When empty the hub starts an embedded Garnet server.</summary>
    public string? ConnectionString { get; set; }

    public EmbeddedGarnetOptions Embedded { get; set; } = new();
}

public sealed class EmbeddedGarnetOptions
{
    [Range(1, 65535)]
    public int Port { get; set; } = 6380;

    [Required]
    public string DataDirectory { get; set; } = "data/garnet";

    /// <summary>Garnet's log memory; its default (16 GB) is far more than a hub needs.</summary>
    [Required]
    public string Memory { get; set; } = "128m";

    [Required]
    public string Index { get; set; } = "16m";
}
