using System.ComponentModel.DataAnnotations;

namespace CommerceHub.HubApi.Infrastructure.Persistence;

public enum DatabaseProvider
{
    /// <summary>A SQLite file: the embedded default, nothing to install.</summary>
    Sqlite,

    /// <summary>PostgreSQL through Npgsql: the production store.</summary>
    Postgres,
}

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    [Required]
    public string ConnectionString { get; set; } = "Data Source=data/commercehub.db";
}
