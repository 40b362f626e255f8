using Microsoft.EntityFrameworkCore;

namespace Hub.Core.Persistence;

public sealed class PostgresHubDbContext(DbContextOptions<PostgresHubDbContext> options) : HubDbContext(options)
{
    public override bool IsPostgres => true;
}
