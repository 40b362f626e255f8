using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Core.Persistence;

public static class DatabaseRegistration
{
    /// <summary>Registers <see cref="HubDbContext"/> for the configured provider and migrates it at start-up.</summary>
    public static IServiceCollection AddHubDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        switch (options.Provider)
        {
            case "Postgres":
                services.AddDbContextPool<PostgresHubDbContext>(o => o.UseNpgsql(options.ConnectionString));
                services.AddScoped<HubDbContext>(sp => sp.GetRequiredService<PostgresHubDbContext>());
                break;
            case "Sqlite":
                services.AddDbContextPool<SqliteHubDbContext>(o => o.UseSqlite(options.ConnectionString));
                services.AddScoped<HubDbContext>(sp => sp.GetRequiredService<SqliteHubDbContext>());
                break;
            default:
                throw new InvalidOperationException($"Database:Provider must be Sqlite or Postgres, not '{options.Provider}'.");
        }
        services.AddHostedService<DatabaseMigrator>();
        return services;
    }
}
